import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const noElectron = { name: 'electron', message: 'Only electron/ may import Electron: keep behaviour in core/ and db/, tested under Node.' };
const storeOnly = [
  { name: 'better-sqlite3', message: 'The renderer reaches data only through the API client (renderer/src/api.ts).' },
  noElectron,
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', {
        paths: storeOnly,
        patterns: [
          { group: ['**/db/**', '**/api/**', '**/electron/**', '**/cli/**', '**/preview/**'], message: 'The renderer talks to data only through the API client.' },
          { group: ['node:*'], message: 'The renderer runs in a sandboxed page: no Node modules.' },
        ],
      }],
    },
  },
  {
    files: ['core/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [...storeOnly.map((p) => ({ ...p, message: 'core/ holds pure rules and the contract: no I/O.' }))],
        patterns: [
          { group: ['**/db/**', '**/api/**', '**/electron/**', '**/renderer/**', '**/cli/**'], message: 'core/ imports nothing but core/.' },
          { group: ['node:*'], message: 'core/ holds pure rules: no I/O.' },
        ],
      }],
    },
  },
  {
    files: ['db/**', 'api/**', 'cli/**', 'bench/**', 'preview/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [{ group: ['**/electron/**', '**/renderer/**'], message: 'The store never depends on the desktop shell or the UI.' }] }],
    },
  },
);

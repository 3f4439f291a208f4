import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { METHODS } from './core/contract.ts';

// Two builds from one file, chosen by mode (`--mode main` / `--mode preload`):
//   main    → out/main/main.js       ESM, everything bundled but electron and the native better-sqlite3,
//             and out/main/file-worker.js, the thread Export… and Import… run on (api/file-worker.ts)
//   preload → out/preload/preload.cjs one self-contained CommonJS file, as a sandboxed preload must be
const NATIVE = ['electron', 'better-sqlite3'];
const external = [...NATIVE, ...builtinModules, /^node:/];

export default defineConfig(({ mode }) => {
  if (mode !== 'main' && mode !== 'preload') throw new Error(`vite.electron.config.mts: --mode must be main or preload, not ${mode}`);
  const preload = mode === 'preload';
  const input: Record<string, string> = preload ? { preload: 'electron/preload.ts' } : { main: 'electron/main.ts', 'file-worker': 'api/file-worker.ts' };
  return {
    publicDir: false,
    logLevel: 'warn',
    // The preload checks method names without carrying the zod schemas the full contract imports.
    define: preload ? { __CHANCERY_METHODS__: JSON.stringify(METHODS) } : {},
    ssr: { target: 'node', noExternal: true, external: NATIVE },
    resolve: {
      alias: [
        // Its Node entry loads every language file by a computed require(), which cannot be bundled;
        // core/countries.ts registers the two languages it needs itself.
        { find: /^i18n-iso-countries$/, replacement: fileURLToPath(new URL('./node_modules/i18n-iso-countries/index.js', import.meta.url)) },
      ],
    },
    build: {
      ssr: true,
      outDir: preload ? 'out/preload' : 'out/main',
      emptyOutDir: true,
      target: 'node22',
      minify: false,
      sourcemap: false,
      reportCompressedSize: false,
      rolldownOptions: {
        external,
        input,
        output: { format: preload ? 'cjs' : 'es', entryFileNames: preload ? '[name].cjs' : '[name].js' },
      },
    },
  };
});

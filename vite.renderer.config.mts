import react from '@vitejs/plugin-react';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { build, defineConfig } from 'vite';

import { SERVER_RENDERER_DIR, SERVER_RENDERER_FILE } from './core/first-screen.ts';

const root = fileURLToPath(new URL('./renderer', import.meta.url));

/**
 * After the page is built, the same components are built once more for Node, into
 * `<outDir>/ssr/first-screen.cjs`: where the page is served, the first screen is drawn to HTML from
 * them (renderer/src/server.tsx). One self-contained CommonJS file, so the packaged app loads it
 * with require() from inside its asar archive, without node_modules.
 */
function firstScreenRenderer(): Plugin {
  let outDir = '';
  return {
    name: 'chancery-first-screen-renderer',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      await build({
        configFile: false,
        // Whatever the caller's NODE_ENV (a test runner's is "test"), React's production server renderer.
        mode: 'production',
        root,
        logLevel: 'warn',
        plugins: [react()],
        // Production JSX even when the caller's NODE_ENV says otherwise (React's production runtime has no jsxDEV).
        oxc: { jsx: { runtime: 'automatic', development: false } },
        ssr: { target: 'node', noExternal: true },
        resolve: {
          alias: [
            // Its Node entry loads every language file by a computed require(), which cannot be bundled;
            // core/countries.ts registers the two languages it needs itself.
            { find: /^i18n-iso-countries$/, replacement: fileURLToPath(new URL('./node_modules/i18n-iso-countries/index.js', import.meta.url)) },
          ],
        },
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
        build: {
          ssr: join(root, 'src', 'server.tsx'),
          outDir: join(outDir, SERVER_RENDERER_DIR),
          emptyOutDir: true,
          target: 'node22',
          minify: false,
          sourcemap: false,
          reportCompressedSize: false,
          copyPublicDir: false,
          rolldownOptions: { output: { format: 'cjs', entryFileNames: SERVER_RENDERER_FILE, codeSplitting: false } },
        },
      });
    },
  };
}

/**
 * The start-up stylesheet goes into index.html as a `<style>` (the CSP allows inline styles, never
 * inline script): the first screen, drawn where the page is served, paints as soon as it is
 * parsed instead of waiting for one more request. Screens loaded later keep their own files.
 */
function inlineEntryStyles(): Plugin {
  return {
    name: 'chancery-inline-entry-styles',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (!page || page.type !== 'asset' || typeof page.source !== 'string') return;
        page.source = page.source.replace(/<link rel="stylesheet"(?: crossorigin)? href="\.\/([^"]+\.css)">/g, (tag, file: string) => {
          const css = bundle[file];
          if (!css || css.type !== 'asset') return tag;
          const text = typeof css.source === 'string' ? css.source : new TextDecoder().decode(css.source);
          if (text.includes('</')) return tag;
          // The link stays, matching no media (neither blocking nor applied): a lazy chunk that
          // lists this sheet among its dependencies finds it loaded instead of applying it again.
          return `<style>${text}</style>${tag.replace(/>$/, ' media="not all">')}`;
        });
      },
    },
  };
}

// The renderer is loaded from a custom protocol in Electron and from the preview over HTTP:
// relative asset paths work under both.
export default defineConfig({
  // Absolute, so a build started from any folder (a test, a script) finds the page.
  root,
  base: './',
  plugins: [react(), inlineEntryStyles(), firstScreenRenderer()],
  build: {
    outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
});

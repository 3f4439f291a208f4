import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is loaded from a custom protocol in Electron and from the preview over HTTP:
// relative asset paths work under both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
});

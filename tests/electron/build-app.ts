/** Builds the desktop app the way `npm run build:electron` does, and the renderer if it has never been built. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT = {
  main: path.join(ROOT, 'out', 'main', 'main.js'),
  preload: path.join(ROOT, 'out', 'preload', 'preload.cjs'),
  renderer: path.join(ROOT, 'out', 'renderer'),
};

export async function buildApp(): Promise<void> {
  for (const mode of ['main', 'preload']) {
    await build({ root: ROOT, configFile: path.join(ROOT, 'vite.electron.config.mts'), mode, logLevel: 'error' });
  }
  if (!existsSync(path.join(OUT.renderer, 'index.html'))) {
    // The renderer's config sets its own root (renderer/); passing ours would hide its index.html.
    await build({ configFile: path.join(ROOT, 'vite.renderer.config.mts'), logLevel: 'error' });
  }
}

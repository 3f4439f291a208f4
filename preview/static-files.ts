import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { SERVER_RENDERER_DIR } from '../core/first-screen.ts';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export type StaticFile = { body: Buffer; type: string; isIndex: boolean };

/**
 * Maps a URL path to a file inside `root`, or null. The decoded path is resolved and must stay
 * under root: `..`, encoded slashes and NUL bytes never reach outside the build folder.
 */
export async function findStaticFile(root: string, pathname: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = resolve(root);
  const file = resolve(base, relative);
  if (!file.startsWith(base + sep)) return null;
  // The first screen's server-side renderer is built inside the folder but is no page asset.
  if (file.startsWith(resolve(base, SERVER_RENDERER_DIR) + sep)) return null;
  try {
    const info = await stat(file);
    if (!info.isFile()) return null;
    return { body: await readFile(file), type: TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', isIndex: file === resolve(base, 'index.html') };
  } catch {
    return null;
  }
}

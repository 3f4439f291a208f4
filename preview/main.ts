/**
 * `npm run preview -- [--data-dir DIR] [--port N]`: builds the renderer if it was never built,
 * then serves it with the API on 127.0.0.1 and prints the tokened address to open.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../db/location.ts';
import { DEFAULT_RENDERER_DIR, startPreview } from './server.ts';

function fail(message: string): never {
  process.stderr.write(`chancery preview: ${message}\n`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({ options: { 'data-dir': { type: 'string' }, port: { type: 'string' } }, strict: true }).values;
} catch (error) {
  fail((error as Error).message);
}

const port = args.port === undefined ? 0 : Number(args.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port: ${args.port} is not a port number (0–65535)`);
const dataDir = resolve(args['data-dir'] ?? defaultDataDir());

if (!existsSync(join(DEFAULT_RENDERER_DIR, 'index.html'))) {
  process.stdout.write('Building the renderer (first run)…\n');
  const { build } = await import('vite');
  await build({ configFile: resolve(import.meta.dirname, '..', 'vite.renderer.config.mts'), logLevel: 'warn' });
}

const preview = await startPreview({ dataDir, port }).catch((error: unknown) => fail((error as Error).message));
process.stdout.write(`Chancery preview (data: ${dataDir})\n${preview.url}\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void preview.close().then(() => process.exit(0));
  });
}

/**
 * The browser preview: the built renderer and the API over loopback HTTP, for development and
 * the end-to-end tests where no Electron runtime exists. Never packaged with the app.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Envelope } from '../core/errors.ts';
import { calendarDateOf } from '../core/dates.ts';
import { firstScreenPage, loadFirstScreenRenderer } from '../api/first-screen.ts';
import { openStore } from '../api/store.ts';
import { DB_FILE_NAME } from '../db/location.ts';
import { cookieName, hostAllowed, originAllowed, SECURITY_HEADERS, tokenSource } from './security.ts';
import { findStaticFile } from './static-files.ts';

export const DEFAULT_RENDERER_DIR = resolve(fileURLToPath(new URL('..', import.meta.url)), 'out', 'renderer');
/** A full export of 100k events is tens of megabytes; anything far beyond is a mistake or an attack. */
const MAX_BODY_BYTES = 256 * 1024 * 1024;

export interface PreviewOptions {
  dataDir: string;
  /** 0 or absent: any free port. */
  port?: number;
  /** The built renderer; defaults to `out/renderer` in the checkout. */
  rendererDir?: string;
  /** The store's clock, for tests that need a fixed "today". */
  now?: () => Date;
}

export interface Preview {
  /** The address to open, token included: `http://127.0.0.1:PORT/?token=…`. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body), ...extra });
  res.end(body);
}

function refuse(res: ServerResponse, status: number, reason: string): void {
  send(res, status, `${reason}\n`, 'text/plain; charset=utf-8');
}

function sendEnvelope(res: ServerResponse, envelope: Envelope<unknown>, status = 200): void {
  send(res, status, JSON.stringify(envelope), 'application/json; charset=utf-8');
}

function badRequest(message: string): Envelope<unknown> {
  return { ok: false, error: { code: 'invalid_input', message, issues: [{ field: '', problem: message }] } };
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const store = openStore({ file: join(options.dataDir, DB_FILE_NAME), ...(options.now ? { now: options.now } : {}) });
  const rendererDir = options.rendererDir ?? DEFAULT_RENDERER_DIR;
  // Draws the first screen into the page, as the desktop app's app:// handler does.
  const firstScreenRenderer = await loadFirstScreenRenderer(rendererDir);
  const token = randomBytes(32).toString('base64url');
  let port = 0;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req, port)) return refuse(res, 403, 'Forbidden: unexpected Host header');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const source = tokenSource(req, url, token, port);
    if (source === null) return refuse(res, 403, 'Forbidden: missing or wrong token');

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return refuse(res, 405, 'Method not allowed');
      if (!originAllowed(req, port)) return refuse(res, 403, 'Forbidden: foreign origin');
      // A JSON content type cannot be sent cross-site without a CORS preflight, which we never answer.
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, 'Expected application/json');
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      const raw = await readBody(req);
      if (raw === null) return sendEnvelope(res, badRequest(`request body is larger than ${MAX_BODY_BYTES} bytes`), 413);
      let input: unknown;
      try {
        input = raw.trim() === '' ? undefined : JSON.parse(raw);
      } catch {
        return sendEnvelope(res, badRequest('request body is not valid JSON'), 400);
      }
      // The client sends null for "no input"; the API's schemas expect it absent.
      return sendEnvelope(res, store.dispatch(method, input === null ? undefined : input));
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed');
    const file = await findStaticFile(rendererDir, url.pathname);
    if (!file) return refuse(res, 404, 'Not found');
    const extra: Record<string, string> = {};
    if (file.isIndex && source === 'query') {
      // Assets the page loads cannot carry the query token; this cookie lets them through.
      extra['set-cookie'] = `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    }
    if (file.isIndex && req.method === 'GET') {
      // "Today" is the page's, from the same clock (the store's may be a test's fixed one).
      const page = firstScreenPage(file.body.toString('utf8'), (m, i) => store.dispatch(m, i), firstScreenRenderer, {
        today: calendarDateOf(new Date()),
        systemLocale: req.headers['accept-language'],
      });
      // In two parts, as the desktop app sends it: the opening leaves before the store is asked.
      res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': file.type, ...extra });
      res.write(page.opening);
      res.end(await page.rest());
      return;
    }
    send(res, 200, req.method === 'HEAD' ? '' : file.body, file.type, extra);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) refuse(res, 500, 'Internal error');
      else res.destroy();
    });
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', fail);
      done();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the preview server has no TCP address');
  port = address.port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          store.close();
          done();
        });
      }),
  };
}

/**
 * The app is served from `app://chancery/`, a privileged scheme of our own, rather than
 * `file://`: pages get a real origin, a CSP header, and can never read the disk around them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import type { FirstScreenRenderer } from '../api/first-screen.ts';
import { firstScreenPage, loadFirstScreenRenderer } from '../api/first-screen.ts';
import type { Envelope } from '../core/errors.ts';
import { calendarDateOf } from '../core/dates.ts';
import { SERVER_RENDERER_DIR } from '../core/first-screen.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'chancery';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * The headers every app:// response carries. The policy is one literal assignment on purpose:
 * Electronegativity finds and evaluates a CSP only when the code is shaped like this.
 */
function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = { 'x-content-type-options': 'nosniff', 'cross-origin-opener-policy': 'same-origin' };
  headers['content-security-policy'] = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  return headers;
}

export const CONTENT_SECURITY_POLICY = securityHeaders()['content-security-policy'] as string;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/** Is this URL one of ours? Node's URL gives custom schemes an opaque origin, so scheme and host are compared. */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * The file under `root` an `app://` URL names, or null for anything that is not ours or would
 * leave `root` (`..`, encoded slashes, NUL bytes, absolute paths). `/` serves the entry page.
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const base = path.resolve(root);
  const file = path.resolve(base, `.${path.posix.normalize(pathname)}`);
  const rel = path.relative(base, file);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  // The first screen's server-side renderer is built inside the folder but is no page asset.
  if (rel === SERVER_RENDERER_DIR || rel.startsWith(SERVER_RENDERER_DIR + path.sep)) return null;
  return file;
}

/** Must run before the app is ready: Chromium fixes scheme privileges at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...securityHeaders(), 'content-type': 'text/plain; charset=utf-8' } });
}

/** What the entry page is served with: its first screen, drawn from the store (api/first-screen.ts). */
export interface FirstScreenSource {
  dispatch(method: string, input: unknown): Envelope<unknown>;
  renderer: FirstScreenRenderer | null;
  /** The system's language as the page will see it: the request's Accept-Language, else the app's locale. */
  systemLocale: string;
}

/** Answers one `app://` request from the built renderer folder. */
export async function serveAppRequest(root: string, request: Request, firstScreen?: FirstScreenSource): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'method not allowed');
  const file = resolveAppPath(root, request.url);
  if (file === null) return plain(404, 'not found');
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return plain(404, 'not found');
  }
  const headers = { ...securityHeaders(), 'content-type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream' };
  if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
  if (firstScreen && file === path.resolve(root, 'index.html')) {
    const page = firstScreenPage(body.toString('utf8'), firstScreen.dispatch, firstScreen.renderer, {
      today: calendarDateOf(new Date()),
      systemLocale: firstScreen.systemLocale,
    });
    // Streamed in two parts: the window starts on the page's opening (its script and styles)
    // while the rest is drawn from the store.
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(page.opening));
      },
      async pull(controller) {
        controller.enqueue(encoder.encode(await page.rest()));
        controller.close();
      },
    });
    return new Response(stream, { status: 200, headers });
  }
  return new Response(new Uint8Array(body), { status: 200, headers });
}

/**
 * Serves the built renderer on app://. The entry page carries its first screen, drawn from the
 * store `source` answers for (an unavailable store serves the page alone, which then asks itself).
 */
export function serveApp(root: string, source: { dispatch: FirstScreenSource['dispatch']; systemLocale(): string }): void {
  // Loaded once, while the window is being created.
  const renderer = loadFirstScreenRenderer(root);
  protocol.handle(APP_SCHEME, async (request) =>
    serveAppRequest(root, request, {
      dispatch: source.dispatch,
      renderer: await renderer,
      systemLocale: request.headers.get('accept-language') ?? source.systemLocale(),
    }),
  );
}

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron.ts'));

const { CONTENT_SECURITY_POLICY, isAppUrl, resolveAppPath, serveAppRequest } = await import('../../electron/protocol.ts');
const { openStore } = await import('../../api/store.ts');

const root = path.resolve('/srv/chancery/renderer');

describe('resolveAppPath', () => {
  it('serves the entry page for the bare origin', () => {
    expect(resolveAppPath(root, 'app://chancery/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://chancery')).toBe(path.join(root, 'index.html'));
  });

  it('maps a path under the origin to the file under the renderer folder', () => {
    expect(resolveAppPath(root, 'app://chancery/assets/index-abc.js?v=1#x')).toBe(path.join(root, 'assets', 'index-abc.js'));
  });

  it('decodes percent-escapes in file names', () => {
    expect(resolveAppPath(root, 'app://chancery/assets/a%20b.css')).toBe(path.join(root, 'assets', 'a b.css'));
  });

  it('never leaves the renderer folder, however the climb is spelt', () => {
    for (const url of [
      'app://chancery/../../etc/passwd',
      'app://chancery/%2e%2e/%2e%2e/etc/passwd',
      'app://chancery/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      'app://chancery/..%5c..%5cwindows%5cwin.ini',
    ]) {
      const file = resolveAppPath(root, url);
      expect(file === null || file.startsWith(root + path.sep), `${url} → ${file}`).toBe(true);
    }
  });

  it('refuses NUL bytes, malformed escapes and backslashes', () => {
    expect(resolveAppPath(root, 'app://chancery/index.html%00.png')).toBeNull();
    expect(resolveAppPath(root, 'app://chancery/%E0%A4%A')).toBeNull();
    expect(resolveAppPath(root, 'app://chancery/assets%5cx.js')).toBeNull();
  });

  it('refuses other hosts and other schemes', () => {
    expect(resolveAppPath(root, 'app://evil/index.html')).toBeNull();
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppPath(root, 'https://chancery/index.html')).toBeNull();
    expect(resolveAppPath(root, 'not a url')).toBeNull();
  });
});

describe('isAppUrl', () => {
  it('recognises only app://chancery', () => {
    expect(isAppUrl('app://chancery/index.html')).toBe(true);
    expect(isAppUrl('app://chancery.evil.example/index.html')).toBe(false);
    expect(isAppUrl('https://example.org/')).toBe(false);
  });
});

describe('serveAppRequest', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'chancery-protocol-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Chancery</title>');
    writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(path.dirname(dir), `${path.basename(dir)}-secret.txt`), 'secret');
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(path.join(path.dirname(dir), `${path.basename(dir)}-secret.txt`), { force: true });
  });

  it('answers the entry page with the strict Content-Security-Policy', async () => {
    const res = await serveAppRequest(dir, new Request('app://chancery/index.html'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await res.text()).toContain('<title>Chancery</title>');
  });

  it('gives scripts a JavaScript type and forbids sniffing', async () => {
    const res = await serveAppRequest(dir, new Request('app://chancery/assets/app.js'));
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 404 for a missing file and for a path that climbs out', async () => {
    expect((await serveAppRequest(dir, new Request('app://chancery/nope.js'))).status).toBe(404);
    const climb = await serveAppRequest(dir, new Request(`app://chancery/..%2f${path.basename(dir)}-secret.txt`));
    expect(climb.status).toBe(404);
    expect(await climb.text()).not.toContain('secret');
  });

  it('never serves the first screen\'s server-side renderer built beside the page', () => {
    expect(resolveAppPath('/srv/app', 'app://chancery/ssr/first-screen.cjs')).toBeNull();
    expect(resolveAppPath('/srv/app', 'app://chancery/%73sr/first-screen.cjs')).toBeNull();
    expect(resolveAppPath('/srv/app', 'app://chancery/ssr')).toBeNull();
  });

  it('streams the entry page with its first screen: the opening before the store is asked for the timeline', async () => {
    const app = mkdtempSync(path.join(tmpdir(), 'chancery-protocol-first-'));
    writeFileSync(path.join(app, 'index.html'), '<!doctype html><html lang="en"><head><title>Chancery</title></head><body><div id="root"></div></body></html>');
    const store = openStore({ file: path.join(app, 'chancery.sqlite') });
    try {
      store.dispatch('events.create', { title: 'Talks in Bamako', date: '2025-06-23' });
      const asked: string[] = [];
      const source = {
        dispatch: (m: string, i: unknown) => {
          asked.push(m);
          return store.dispatch(m, i);
        },
        renderer: null,
        systemLocale: 'fr-FR',
      };
      const res = await serveAppRequest(app, new Request('app://chancery/'), source);
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      const reader = res.body!.getReader();
      const decoder = new TextDecoder();
      const opening = await reader.read();
      expect(decoder.decode(opening.value)).toBe('<!doctype html><html lang="fr"><head><title>Chancery</title></head><body><div id="root">');
      expect(asked).toEqual(['settings.get']);
      const rest = await reader.read();
      expect(decoder.decode(rest.value)).toMatch(/^<\/div><script type="application\/json" id="first-screen">.*Talks in Bamako.*<\/script><\/body><\/html>$/);
      expect(asked).toEqual(['settings.get', 'events.list', 'events.density']);
      expect((await reader.read()).done).toBe(true);
      const head = await serveAppRequest(app, new Request('app://chancery/', { method: 'HEAD' }), source);
      expect(head.status).toBe(200);
      expect(head.body).toBeNull();
      expect(asked).toHaveLength(3);
    } finally {
      store.close();
      rmSync(app, { recursive: true, force: true });
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await serveAppRequest(dir, new Request('app://chancery/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('sets a policy that allows no remote origin, no inline script and no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-eval/);
  });
});

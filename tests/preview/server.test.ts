import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../preview/security.ts';
import { startPreview } from '../../preview/server.ts';
import type { Preview } from '../../preview/server.ts';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http rather than fetch: fetch normalises `..` away and will not send a forged Host header. */
function raw(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${port}`, ...options.headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

let dir: string;
let preview: Preview;
let q: string;

function api(method: string, input: unknown, headers: Record<string, string> = {}) {
  return raw(preview.port, `/api/${method}?${q}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(input) });
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chancery-preview-'));
  const renderer = join(dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Chancery</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'TOP SECRET');
  preview = await startPreview({ dataDir: join(dir, 'data'), rendererDir: renderer });
  q = `token=${preview.token}`;
});

afterEach(async () => {
  await preview.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the browser preview', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying a long random token', () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
  });

  it('refuses a request without the token, or with a wrong one', async () => {
    expect((await raw(preview.port, '/')).status).toBe(403);
    expect((await raw(preview.port, '/?token=nope')).status).toBe(403);
    expect((await raw(preview.port, `/?token=${preview.token.slice(0, -1)}x`)).status).toBe(403);
    const call = await raw(preview.port, '/api/store.info', { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'null' });
    expect(call.status).toBe(403);
  });

  it('refuses a Host header other than 127.0.0.1 or localhost on its port (DNS rebinding)', async () => {
    for (const host of ['evil.example', `evil.example:${preview.port}`, '127.0.0.1', `localhost:${preview.port + 1}`]) {
      expect((await raw(preview.port, `/?${q}`, { headers: { host } })).status, host).toBe(403);
    }
    expect((await raw(preview.port, `/?${q}`, { headers: { host: `localhost:${preview.port}` } })).status).toBe(200);
  });

  it('answers API calls with the envelope, on a real SQLite file in the data folder', async () => {
    const created = await api('events.create', { title: 'Réunion à Moscou', date: '2025-06-23', countries: ['ML', 'RU'] });
    expect(created.status).toBe(200);
    const event = JSON.parse(created.body);
    expect(event.ok).toBe(true);
    const got = JSON.parse((await api('events.get', { id: event.result.id })).body);
    expect(got.result.title).toBe('Réunion à Moscou');
    expect(existsSync(join(dir, 'data', 'chancery.sqlite'))).toBe(true);
  });

  it('returns API validation errors as error envelopes naming the field', async () => {
    const bad = JSON.parse((await api('events.create', { title: 'x', date: '2025-02-30' })).body);
    expect(bad.ok).toBe(false);
    expect(bad.error.code).toBe('invalid_input');
    expect(bad.error.issues[0].field).toBe('date');
    const unknown = JSON.parse((await api('events.drop', null)).body);
    expect(unknown.error.code).toBe('unknown_method');
    const broken = await raw(preview.port, `/api/store.info?${q}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).error.code).toBe('invalid_input');
  });

  it('refuses cross-site shapes of API calls: a foreign Origin, a form content type, a GET', async () => {
    expect((await api('store.info', null, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await raw(preview.port, `/api/store.info?${q}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'null' })).status).toBe(415);
    expect((await raw(preview.port, `/api/store.info?${q}`)).status).toBe(405);
    expect((await api('store.info', null, { origin: `http://127.0.0.1:${preview.port}` })).status).toBe(200);
  });

  it('never serves a file outside the built renderer', async () => {
    for (const path of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/assets/%00app.js', '/%E0%A4%A']) {
      const res = await raw(preview.port, `${path}?${q}`);
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('TOP SECRET');
    }
  });

  it('sets an HttpOnly SameSite=Strict cookie with the index, which then lets the page load its assets', async () => {
    expect((await raw(preview.port, '/assets/app.js')).status).toBe(403);
    const index = await raw(preview.port, `/?${q}`);
    const cookie = String(index.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const pair = cookie.split(';')[0] as string;
    const asset = await raw(preview.port, '/assets/app.js', { headers: { cookie: pair } });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/^text\/javascript/);
    expect((await raw(preview.port, '/assets/app.js', { headers: { cookie: `${pair.split('=')[0]}=forged` } })).status).toBe(403);
  });

  it('sends the strict Content-Security-Policy on every answer, refusals included', async () => {
    for (const res of [await raw(preview.port, `/?${q}`), await raw(preview.port, '/'), await raw(preview.port, `/missing?${q}`)]) {
      expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });

  it('keeps the data when restarted on the same folder', async () => {
    await api('events.create', { title: 'Consultations à Bamako', date: '2025-07-15' });
    await preview.close();
    preview = await startPreview({ dataDir: join(dir, 'data'), rendererDir: join(dir, 'renderer') });
    q = `token=${preview.token}`;
    const list = JSON.parse((await api('events.list', {})).body);
    expect(list.result.items.map((e: { title: string }) => e.title)).toEqual(['Consultations à Bamako']);
  });
});

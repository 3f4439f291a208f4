/**
 * The page served with its first screen (api/first-screen.ts), as the preview and the desktop
 * app's app:// handler both serve it: real store in a temp folder, the real server-side renderer
 * built beside the page.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { drawFirstScreen, firstScreenPage, gatherFirstScreen, loadFirstScreenRenderer } from '../../api/first-screen.ts';
import type { FirstScreenRenderer } from '../../api/first-screen.ts';
import { openStore } from '../../api/store.ts';
import type { Store } from '../../api/store.ts';
import { addCalendarDays, calendarDateOf } from '../../core/dates.ts';
import { FIRST_SCREEN_ID, isFirstScreen, jsonForScript, langOfLocale } from '../../core/first-screen.ts';
import type { FirstScreen } from '../../core/first-screen.ts';
import type { Settings } from '../../core/records.ts';
import { startPreview } from '../../preview/server.ts';

const INDEX = '<!doctype html>\n<html lang="en">\n<head><title>Chancery</title></head>\n<body>\n<div id="root"></div>\n</body>\n</html>';
const today = calendarDateOf(new Date());

let dir: string;
let store: Store;
let rendererDir: string;
let renderer: FirstScreenRenderer | null;

type Dispatch = Parameters<typeof firstScreenPage>[1];
type Opts = Parameters<typeof firstScreenPage>[3];

/** The page as a client receives it: the opening, then the rest. */
async function servePage(index: string, dispatch: Dispatch, r: FirstScreenRenderer | null, opts: Opts): Promise<string> {
  const page = firstScreenPage(index, dispatch, r, opts);
  return page.opening + (await page.rest());
}

/** The first screen for the store's current settings. */
function gather(dispatch: Dispatch, opts: Opts): FirstScreen | null {
  const got = dispatch('settings.get', undefined);
  return got.ok ? gatherFirstScreen(dispatch, got.result as Settings, opts) : null;
}

function servedBlock(html: string): FirstScreen {
  const m = new RegExp(`<script type="application/json" id="${FIRST_SCREEN_ID}">([^<]*)</script>`).exec(html);
  if (!m) throw new Error('no first-screen block');
  const parsed: unknown = JSON.parse(m[1]!);
  if (!isFirstScreen(parsed)) throw new Error('not a first screen');
  return parsed;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chancery-first-screen-'));
  mkdirSync(join(dir, 'data'));
  store = openStore({ file: join(dir, 'data', 'chancery.sqlite') });
  const dispatch = (m: string, i: unknown) => {
    const r = store.dispatch(m, i);
    if (!r.ok) throw new Error(r.error.message);
    return r;
  };
  dispatch('events.create', { title: 'Talks </script><script>alert(1)</script> in Niamey', date: addCalendarDays(today, -3), place: 'Niamey' });
  dispatch('events.create', { title: 'Summit $& $1 in Accra', date: addCalendarDays(today, -10) });
  dispatch('events.create', { title: 'Visit ahead', date: addCalendarDays(today, 20) });
  rendererDir = join(dir, 'renderer');
  await build({ configFile: 'vite.renderer.config.mts', logLevel: 'warn', build: { outDir: rendererDir, emptyOutDir: true } });
  renderer = await loadFirstScreenRenderer(rendererDir);
}, 120_000);

afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the served first screen', () => {
  it('carries what the timeline opens with: the events before today, newest first, and the density with today placed', () => {
    const first = gather((m, i) => store.dispatch(m, i), { today, systemLocale: 'fr-FR,fr;q=0.9' });
    expect(first).not.toBeNull();
    expect(first!.page.map((e) => e.title)).toEqual(['Talks </script><script>alert(1)</script> in Niamey', 'Summit $& $1 in Accra']);
    expect(first!.density.total).toBe(3);
    expect(first!.density.before).toBe(2);
    expect(first!.lang).toBe('fr');
    expect(first!.filters).toEqual({});
  });

  it('follows the language setting over the system\'s', () => {
    store.dispatch('settings.update', { language: 'en' });
    try {
      expect(gather((m, i) => store.dispatch(m, i), { today, systemLocale: 'fr-FR' })!.lang).toBe('en');
    } finally {
      store.dispatch('settings.update', { language: 'system' });
    }
    expect(langOfLocale('en-GB,fr;q=0.5')).toBe('en');
    expect(langOfLocale(undefined)).toBe('en');
  });

  it('is gathered and drawn for the saved filters, which are a setting: the page arrives already filtered', async () => {
    const timelineFilters = { chips: [{ dim: 'kinds' as const, value: 'meeting', labels: { en: 'Meeting', fr: 'Réunion' } }], from: addCalendarDays(today, -5) };
    store.dispatch('settings.update', { timelineFilters });
    try {
      const html = await servePage(INDEX, (m, i) => store.dispatch(m, i), renderer, { today, systemLocale: 'fr' });
      const first = servedBlock(html);
      expect(first.settings.timelineFilters).toEqual(timelineFilters);
      expect(first.filters).toEqual({ kinds: ['meeting'], from: addCalendarDays(today, -5) });
      expect(first.page.map((e) => e.title)).toEqual(['Talks </script><script>alert(1)</script> in Niamey']);
      expect(first.density.total).toBe(2);
      expect(first.density.before).toBe(1);
      // Drawn with its chips, and only the rows that pass them.
      expect(html).toMatch(/<li class="chip"><span class="chip-dim">Type<\/span><span>Réunion<\/span>/);
      expect(html).toContain('Talks &lt;/script&gt;');
      expect(html).not.toContain('Summit $&amp; $1 in Accra');
    } finally {
      store.dispatch('settings.update', { timelineFilters: {} });
    }
    expect(servedBlock(await servePage(INDEX, (m, i) => store.dispatch(m, i), renderer, { today, systemLocale: 'fr' })).filters).toEqual({});
  });

  it('embeds the data as inert JSON no event text can break out of, and draws the rows from the same components', async () => {
    expect(renderer).not.toBeNull();
    const html = await servePage(INDEX, (m, i) => store.dispatch(m, i), renderer, { today, systemLocale: 'fr' });
    expect(html).toContain('<html lang="fr">');
    expect(html).not.toContain('<script>alert(1)');
    expect((html.match(/<script/g) ?? []).length).toBe(1);
    expect(servedBlock(html).page[0]!.title).toBe('Talks </script><script>alert(1)</script> in Niamey');
    // The rows, escaped by React; `$&` in the data is not read as a replacement pattern.
    expect(html).toMatch(/<div class="ev-row" data-event-id="[^"]+">/);
    expect(html).toContain('Talks &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; in Niamey');
    expect(html).toContain('Summit $&amp; $1 in Accra');
    expect(html).toContain('Chronologie');
    expect(jsonForScript({ t: '</script>\u2028' })).toBe('{"t":"\\u003c/script>\\u2028"}');
  });

  it('serves the page alone when the store cannot answer, and a page without #root untouched', async () => {
    const failing = () => ({ ok: false as const, error: { code: 'store_unavailable' as const, message: 'restoring', issues: [] } });
    expect(await servePage(INDEX, failing, renderer, { today, systemLocale: 'en' })).toBe(INDEX);
    const dispatch: Dispatch = (m, i) => store.dispatch(m, i);
    expect(await servePage('<p>other</p>', dispatch, renderer, { today, systemLocale: 'en' })).toBe('<p>other</p>');
    // The settings answer but the timeline does not: the page, in the settings' language, draws itself.
    const timelineFails: Dispatch = (m, i) => (m === 'settings.get' ? store.dispatch(m, i) : failing());
    expect(await servePage(INDEX, timelineFails, renderer, { today, systemLocale: 'fr' })).toBe(INDEX.replace('<html lang="en">', '<html lang="fr">'));
    const first = gather(dispatch, { today, systemLocale: 'en' });
    const broken = { renderFirstScreen: () => { throw new Error('boom'); } };
    const drawn = drawFirstScreen(first, broken);
    expect(drawn.startsWith('</div><script type="application/json"')).toBe(true);
    expect(servedBlock(drawn).page).toHaveLength(2);
  });

  it('comes in two parts: the opening needs only the settings, the store is asked for the rest after it has left', async () => {
    const asked: string[] = [];
    const dispatch: Dispatch = (m, i) => {
      asked.push(m);
      return store.dispatch(m, i);
    };
    const page = firstScreenPage(INDEX, dispatch, renderer, { today, systemLocale: 'fr' });
    expect(asked).toEqual(['settings.get']);
    expect(page.opening).toBe('<!doctype html>\n<html lang="fr">\n<head><title>Chancery</title></head>\n<body>\n<div id="root">');
    const rest = page.rest();
    // Not in the same turn of the event loop: a server's write of the opening goes out first.
    expect(asked).toEqual(['settings.get']);
    const html = page.opening + (await rest);
    expect(asked).toEqual(['settings.get', 'events.list', 'events.density']);
    expect(html).toMatch(/<div id="root"><div class="app"[^]*<\/div><script type="application\/json" id="first-screen">[^<]*<\/script>\n<\/body>\n<\/html>$/);
    expect(servedBlock(html).page).toHaveLength(2);
  });

  it('is what the preview serves as its entry page, and the server-side renderer is never served', async () => {
    writeFileSync(join(dir, 'data', 'marker'), '');
    store.close();
    const preview = await startPreview({ dataDir: join(dir, 'data'), rendererDir });
    try {
      const page = await fetch(preview.url, { headers: { 'accept-language': 'fr-FR' } });
      const html = await page.text();
      expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
      expect(servedBlock(html).page).toHaveLength(2);
      expect(html).toMatch(/class="ev-row" data-event-id=/);
      const cookie = page.headers.get('set-cookie')!.split(';')[0]!;
      for (const path of ['/ssr/first-screen.cjs', '/%73sr/first-screen.cjs']) {
        expect((await fetch(new URL(path, preview.url), { headers: { cookie } })).status).toBe(404);
      }
    } finally {
      await preview.close();
      store = openStore({ file: join(dir, 'data', 'chancery.sqlite') });
    }
  });
});

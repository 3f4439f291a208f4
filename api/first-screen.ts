/**
 * The page as served with its first screen (see core/first-screen.ts): the desktop app's app://
 * handler and the browser preview both serve index.html through here, so the two behave the same.
 * The data goes in as a JSON block the page reads (never executed: the CSP stays `script-src
 * 'self'`), and the first screen drawn from it as HTML, which the page's script takes over.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Envelope } from '../core/errors.ts';
import type { FirstScreen } from '../core/first-screen.ts';
import { FIRST_SCREEN_ID, FIRST_SCREEN_VERSION, jsonForScript, openingRequests, resolveFirstScreenLang, SERVER_RENDERER_DIR, SERVER_RENDERER_FILE } from '../core/first-screen.ts';
import type { Density, EventSummary, Settings } from '../core/records.ts';
import { NO_FILTERS, toApiFilters } from '../core/timeline-filters.ts';

type Dispatch = (method: string, input: unknown) => Envelope<unknown>;
/** The page's "today", and the system's language as the page will see it. */
type ServeOptions = { today: string; systemLocale: string | null | undefined };

/** The server-side renderer built beside the page (vite.renderer.config.mts). */
export interface FirstScreenRenderer {
  renderFirstScreen(first: FirstScreen): string;
}

const RENDERER_MODULE = join(SERVER_RENDERER_DIR, SERVER_RENDERER_FILE);

/**
 * Loads the built first-screen renderer, or null when the build has none (the page then draws
 * itself from the embedded data). One render is made at once, so the first page served does not
 * pay for compiling it.
 */
export async function loadFirstScreenRenderer(rendererDir: string): Promise<FirstScreenRenderer | null> {
  // Loading and the warm-up render take tens of milliseconds of this thread: not before the caller
  // has gone on (the desktop app creates its window meanwhile, whose page is what waits for this).
  await new Promise((done) => setImmediate(done));
  const file = join(rendererDir, RENDERER_MODULE);
  if (!existsSync(file)) return null;
  try {
    // require(), not import(): Electron reads CommonJS from inside the app's asar archive.
    const mod = createRequire(import.meta.url)(file) as Partial<FirstScreenRenderer>;
    if (typeof mod.renderFirstScreen !== 'function') return null;
    const renderer = { renderFirstScreen: mod.renderFirstScreen };
    renderer.renderFirstScreen(WARM_UP);
    return renderer;
  } catch {
    return null;
  }
}

const WARM_UP: FirstScreen = {
  v: FIRST_SCREEN_VERSION,
  today: '2000-01-01',
  lang: 'en',
  settings: { language: 'system', reminderTime: '09:00', notifications: false, timelineFilters: NO_FILTERS },
  filters: {},
  density: { months: [{ month: '1999-12', count: 1 }, { month: '2000-02', count: 1 }], total: 2, before: 1 },
  page: [],
  aroundToday: true,
};

/**
 * The first screen's data for these settings (the saved filters are one of them), asked of the
 * store as the page would ask it; null if a call fails.
 */
export function gatherFirstScreen(dispatch: Dispatch, s: Settings, opts: ServeOptions): FirstScreen | null {
  const filters = toApiFilters(s.timelineFilters);
  const asked = openingRequests(filters, opts.today);
  const page = dispatch('events.list', asked.page);
  const density = dispatch('events.density', asked.density);
  if (!page.ok || !density.ok) return null;
  return {
    v: FIRST_SCREEN_VERSION,
    today: opts.today,
    lang: resolveFirstScreenLang(s.language, opts.systemLocale),
    settings: s,
    filters,
    density: density.result as Density,
    page: (page.result as { items: EventSummary[] }).items,
    aroundToday: asked.aroundToday,
  };
}

const ROOT_TAG = '<div id="root"></div>';

/**
 * What goes inside `#root` and after it: the screen's HTML (when a renderer is there and draws
 * it), then the data as a JSON block the page reads once it runs.
 */
export function drawFirstScreen(first: FirstScreen | null, renderer: FirstScreenRenderer | null): string {
  if (first === null) return '</div>';
  let markup = '';
  if (renderer) {
    try {
      markup = renderer.renderFirstScreen(first);
    } catch {
      markup = '';
    }
  }
  return `${markup}</div><script type="application/json" id="${FIRST_SCREEN_ID}">${jsonForScript(first)}</script>`;
}

/**
 * The entry page in two parts. `opening` (the head, with the language on `<html>`, up to `#root`)
 * needs only the settings, so it leaves at once: the browser starts its new page, fetches and
 * compiles the script and styles while `rest()` asks the store for the first screen — the
 * longest step when a saved filter narrows the timeline. `rest()` waits one turn of the event
 * loop first, so the opening is on its way before the store's synchronous work starts.
 * A page without `#root`, or a store that cannot answer, is served as it is.
 */
export interface FirstScreenPage {
  opening: string;
  rest(): Promise<string>;
}

export function firstScreenPage(indexHtml: string, dispatch: Dispatch, renderer: FirstScreenRenderer | null, opts: ServeOptions): FirstScreenPage {
  const at = indexHtml.indexOf(ROOT_TAG);
  const settings = at < 0 ? null : orNull(() => {
    const got = dispatch('settings.get', undefined);
    return got.ok ? (got.result as Settings) : null;
  });
  if (settings === null) return { opening: indexHtml, rest: () => Promise.resolve('') };
  const lang = resolveFirstScreenLang(settings.language, opts.systemLocale);
  // A function as the replacement: `$` in the page is never read as a pattern.
  const opening = `${indexHtml.slice(0, at).replace(/<html lang="[^"]*">/, () => `<html lang="${lang}">`)}<div id="root">`;
  return {
    opening,
    async rest() {
      await new Promise((turn) => setImmediate(turn));
      const first = orNull(() => gatherFirstScreen(dispatch, settings, opts));
      return drawFirstScreen(first, renderer) + indexHtml.slice(at + ROOT_TAG.length);
    },
  };
}

/** A store that throws (restoring, busy) serves the page as one that cannot answer. */
function orNull<T>(ask: () => T | null): T | null {
  try {
    return ask();
  } catch {
    return null;
  }
}

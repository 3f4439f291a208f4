/**
 * The first screen delivered with the page: what the timeline needs for its first frame (the
 * density, the page it opens on for the saved filters, the settings that pick the language and
 * hold those filters), gathered where the page is
 * served (the desktop app's app:// handler, the browser preview) and embedded in index.html as a
 * JSON block the page reads instead of asking for it. The same requests as the page would send,
 * so both sides share them from here.
 */
import type { Input } from './contract.ts';
import type { Density, EventSummary, Settings } from './records.ts';
import type { EventFilters } from './schemas.ts';
import type { Lang } from './taxonomy.ts';
import { addCalendarDays } from './dates.ts';

/** Events per page of the timeline, the opening page included. */
export const PAGE_SIZE = 100;
/**
 * Where the build puts the first screen's server-side renderer, inside the renderer's folder
 * (vite.renderer.config.mts); both servers refuse to serve that folder.
 */
export const SERVER_RENDERER_DIR = 'ssr';
export const SERVER_RENDERER_FILE = 'first-screen.cjs';
/** The id of the `<script type="application/json">` block that carries it. */
export const FIRST_SCREEN_ID = 'first-screen';
/** Bumped when the shape changes: a page never reads a block it does not understand. */
export const FIRST_SCREEN_VERSION = 2;

export interface FirstScreen {
  v: typeof FIRST_SCREEN_VERSION;
  /** The calendar day it was made for; the page uses it only if its own "today" is the same. */
  today: string;
  /** The language it was drawn in: the settings' choice, else the system's as the server saw it. */
  lang: Lang;
  settings: Settings;
  /** The filters it was made for: the saved ones (settings.timelineFilters), as the API takes them. */
  filters: EventFilters;
  density: Density;
  /** The opening page, newest first. */
  page: EventSummary[];
  /** True when the timeline opens around today (the page holds the events just before it). */
  aroundToday: boolean;
}

export function includesToday(f: EventFilters, today: string): boolean {
  return (!f.from || f.from <= today) && (!f.to || f.to >= today);
}

/**
 * The two calls the timeline opens with: the page of events it opens on (newest first: those just
 * before today, or the last ones when today is filtered out) and the density (the whole layout,
 * and where today falls).
 */
export function openingRequests(filters: EventFilters, today: string): { aroundToday: boolean; page: Input<'events.list'>; density: Input<'events.density'> } {
  const aroundToday = includesToday(filters, today);
  return {
    aroundToday,
    page: { filters: aroundToday ? { ...filters, to: addCalendarDays(today, -1) } : filters, order: 'desc', limit: PAGE_SIZE, withTotal: false },
    density: { filters, ...(aroundToday ? { before: today } : {}) },
  };
}

/** The first tag of an Accept-Language header (or a locale) decides, as the page's own default does. */
export function langOfLocale(locale: string | null | undefined): Lang {
  const first = (locale ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('fr') ? 'fr' : 'en';
}

export function resolveFirstScreenLang(setting: Settings['language'] | undefined, systemLocale: string | null | undefined): Lang {
  return setting === 'fr' || setting === 'en' ? setting : langOfLocale(systemLocale);
}

/**
 * JSON safe inside a `<script>` element: `<` is escaped so no text from the data (an event title
 * reading `</script>`) can close the element; `JSON.parse` reads the escape back as `<`.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A loose check of a parsed block: a stale or foreign block is ignored, never trusted. */
export function isFirstScreen(value: unknown): value is FirstScreen {
  const f = value as FirstScreen;
  return (
    typeof f === 'object' && f !== null && f.v === FIRST_SCREEN_VERSION &&
    typeof f.today === 'string' && (f.lang === 'fr' || f.lang === 'en') &&
    typeof f.settings === 'object' && f.settings !== null &&
    typeof f.settings.timelineFilters === 'object' && f.settings.timelineFilters !== null && Array.isArray(f.settings.timelineFilters.chips) &&
    typeof f.filters === 'object' && f.filters !== null &&
    typeof f.density === 'object' && f.density !== null && Array.isArray(f.density.months) && typeof f.density.total === 'number' &&
    Array.isArray(f.page) && typeof f.aroundToday === 'boolean'
  );
}

import type { Density, EventSummary } from '../../../core/records.ts';
import type { EventFilters } from '../../../core/schemas.ts';
import { calendarDateOf } from '../../../core/dates.ts';
import { openingRequests } from '../../../core/first-screen.ts';
import { api } from '../api.ts';

/**
 * What the timeline needs to draw its first rows, asked for together: the density (the whole
 * layout, and where today falls) and the page the list opens on, newest first — the events just
 * before today, or the last ones when today is filtered out.
 */
export interface Opening {
  key: string;
  filters: EventFilters;
  aroundToday: boolean;
  density: Promise<Density>;
  page: Promise<EventSummary[]>;
}

export function openingKey(filters: EventFilters, dataVersion: number): string {
  return `${JSON.stringify(filters)}|${dataVersion}`;
}

export function requestOpening(filters: EventFilters, key: string, today: string): Opening {
  const asked = openingRequests(filters, today);
  const aroundToday = asked.aroundToday;
  // The page first: the store answers in turn, and it is the cheaper of the two.
  const page = api.invoke('events.list', asked.page).then((p) => p.items);
  const density = api.invoke('events.density', asked.density);
  // Whoever takes them handles failures; until then an unhandled rejection must not be reported.
  page.catch(() => undefined);
  density.catch(() => undefined);
  return { key, filters, aroundToday, density, page };
}

let early: Opening | null = null;

/**
 * Sends the first screen's requests while the page script is still starting: the store answers
 * them while React and the shell load and lay out, instead of after. Called from the first module
 * the page evaluates (./start-early.ts).
 */
export function startTimelineEarly(filters: EventFilters): void {
  early = requestOpening(filters, openingKey(filters, 0), calendarDateOf(new Date()));
}

/** The early requests, once, if they are for these filters and data; the timeline then asks for nothing twice. */
export function takeEarlyOpening(key: string): Opening | null {
  const taken = early && early.key === key ? early : null;
  early = null;
  return taken;
}

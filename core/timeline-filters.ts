/**
 * The timeline's filters as the user set them: chips (an id the API filters on, shown in either
 * language) and a date range. They are a setting (Settings.timelineFilters), so the page is served
 * already filtered (core/first-screen.ts) and every window and the CLI see the same.
 */
import type { EventFilters } from './schemas.ts';
import type { Lang } from './taxonomy.ts';

export const FILTER_DIMENSIONS = ['countries', 'organisations', 'people', 'kinds', 'topics'] as const;
export type FilterDimension = (typeof FILTER_DIMENSIONS)[number];
/** More would not fit the bar; the API takes up to LIMITS.listItems values per dimension anyway. */
export const MAX_FILTER_CHIPS = 50;

/** One chip: the id the API filters on, and how to show it in either language. */
export interface FilterChip {
  dim: FilterDimension;
  value: string;
  labels: Record<Lang, string>;
}

export interface TimelineFilters {
  chips: FilterChip[];
  from?: string | undefined;
  to?: string | undefined;
}

export const NO_FILTERS: TimelineFilters = { chips: [] };

export function hasFilters(f: TimelineFilters): boolean {
  return f.chips.length > 0 || Boolean(f.from) || Boolean(f.to);
}

/** The API's filter object: a chip's value joins its dimension's list (db/filters.ts says how each list combines). */
export function toApiFilters(f: TimelineFilters): EventFilters {
  const out: EventFilters = {};
  for (const dim of FILTER_DIMENSIONS) {
    const values = f.chips.filter((c) => c.dim === dim).map((c) => c.value);
    if (values.length) (out as Record<string, string[]>)[dim] = values;
  }
  if (f.from) out.from = f.from;
  if (f.to) out.to = f.to;
  return out;
}

import type { EventFilters } from '../../../core/schemas.ts';
import { isCalendarDate } from '../../../core/dates.ts';
import type { Lang } from '../../../core/taxonomy.ts';
import { messages } from './messages.ts';

export type FilterDimension = 'countries' | 'organisations' | 'people' | 'kinds' | 'topics';
export const FILTER_DIMENSIONS: readonly FilterDimension[] = ['countries', 'organisations', 'people', 'kinds', 'topics'];

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
const STORAGE_KEY = 'chancery.timeline.filters.v1';

export function hasFilters(f: TimelineFilters): boolean {
  return f.chips.length > 0 || Boolean(f.from) || Boolean(f.to);
}

/** The API's filter object: chips of one dimension are alternatives, dimensions combine. */
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

export function addChip(f: TimelineFilters, chip: FilterChip): TimelineFilters {
  if (f.chips.some((c) => c.dim === chip.dim && c.value === chip.value)) return f;
  return { ...f, chips: [...f.chips, chip] };
}

export function removeChip(f: TimelineFilters, chip: FilterChip): TimelineFilters {
  return { ...f, chips: f.chips.filter((c) => !(c.dim === chip.dim && c.value === chip.value)) };
}

function isChip(value: unknown): value is FilterChip {
  const c = value as FilterChip;
  return (
    typeof c === 'object' && c !== null &&
    FILTER_DIMENSIONS.includes(c.dim) &&
    typeof c.value === 'string' && c.value.length > 0 && c.value.length < 200 &&
    typeof c.labels === 'object' && c.labels !== null &&
    typeof c.labels.en === 'string' && typeof c.labels.fr === 'string'
  );
}

/** Filters are kept between visits; whatever is stored is checked, never trusted. */
export function loadFilters(storage: Storage | undefined = globalThis.localStorage): TimelineFilters {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return NO_FILTERS;
    const parsed = JSON.parse(raw) as Partial<TimelineFilters>;
    const chips = Array.isArray(parsed.chips) ? parsed.chips.filter(isChip).slice(0, 50) : [];
    const from = typeof parsed.from === 'string' && isCalendarDate(parsed.from) ? parsed.from : undefined;
    const to = typeof parsed.to === 'string' && isCalendarDate(parsed.to) ? parsed.to : undefined;
    return { chips, from, to };
  } catch {
    return NO_FILTERS;
  }
}

export function saveFilters(f: TimelineFilters, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(f));
  } catch {
    // Private mode or a full quota: filters then last for this session only.
  }
}

export function dimensionLabel(dim: FilterDimension, lang: Lang): string {
  const m = messages[lang];
  return { countries: m.country, organisations: m.organisation, people: m.person, kinds: m.kind, topics: m.topic }[dim];
}

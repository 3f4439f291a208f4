/**
 * Filters saved by earlier versions in the page's localStorage, where the server that draws the
 * first screen could not see them. They are moved once into the store (settings.timelineFilters).
 */
import type { Settings } from '../../../core/records.ts';
import type { FilterChip, TimelineFilters } from '../../../core/timeline-filters.ts';
import { FILTER_DIMENSIONS, hasFilters, MAX_FILTER_CHIPS, NO_FILTERS } from '../../../core/timeline-filters.ts';
import { isCalendarDate } from '../../../core/dates.ts';
import { ApiError } from '../../../core/errors.ts';

const STORAGE_KEY = 'chancery.timeline.filters.v1';

function isChip(value: unknown): value is FilterChip {
  const c = value as FilterChip;
  return (
    typeof c === 'object' && c !== null &&
    FILTER_DIMENSIONS.includes(c.dim) &&
    typeof c.value === 'string' && c.value.length > 0 && c.value.length <= 200 &&
    typeof c.labels === 'object' && c.labels !== null &&
    typeof c.labels.en === 'string' && typeof c.labels.fr === 'string'
  );
}

/** The filters left in the page, checked (never trusted); null when there are none. */
export function readLegacyFilters(storage: Storage | undefined): TimelineFilters | null {
  let raw: string | null | undefined;
  try {
    raw = storage?.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
  if (raw === null || raw === undefined) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<TimelineFilters>;
    const chips = Array.isArray(parsed.chips) ? parsed.chips.filter(isChip).slice(0, MAX_FILTER_CHIPS) : [];
    const from = typeof parsed.from === 'string' && isCalendarDate(parsed.from) ? parsed.from : undefined;
    const to = typeof parsed.to === 'string' && isCalendarDate(parsed.to) ? parsed.to : undefined;
    return { chips, ...(from ? { from } : {}), ...(to ? { to } : {}) };
  } catch {
    return NO_FILTERS;
  }
}

/**
 * The store's settings as the page starts from them. Filters left in the page are taken when the
 * store has none, and saved there; the page's copy is dropped once the store holds them (or has
 * its own, or refuses them for good), so this happens once.
 */
export function adoptLegacyFilters(
  settings: Settings,
  save: (patch: { timelineFilters: TimelineFilters }) => Promise<unknown>,
  storage: Storage | undefined = globalThis.localStorage,
): Settings {
  const legacy = readLegacyFilters(storage);
  if (legacy === null) return settings;
  const forget = () => {
    try {
      storage?.removeItem(STORAGE_KEY);
    } catch {
      // Nothing to do: it is read again, and adopted only while the store has no filters.
    }
  };
  if (hasFilters(settings.timelineFilters) || !hasFilters(legacy)) {
    forget();
    return settings;
  }
  save({ timelineFilters: legacy }).then(forget, (error: unknown) => {
    if (error instanceof ApiError && error.code === 'invalid_input') forget();
  });
  return { ...settings, timelineFilters: legacy };
}

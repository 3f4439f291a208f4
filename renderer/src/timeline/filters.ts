import type { FilterChip, FilterDimension, TimelineFilters } from '../../../core/timeline-filters.ts';
import type { Lang } from '../../../core/taxonomy.ts';
import { messages } from './messages.ts';

export function addChip(f: TimelineFilters, chip: FilterChip): TimelineFilters {
  if (f.chips.some((c) => c.dim === chip.dim && c.value === chip.value)) return f;
  return { ...f, chips: [...f.chips, chip] };
}

export function removeChip(f: TimelineFilters, chip: FilterChip): TimelineFilters {
  return { ...f, chips: f.chips.filter((c) => !(c.dim === chip.dim && c.value === chip.value)) };
}

export function dimensionLabel(dim: FilterDimension, lang: Lang): string {
  const m = messages[lang];
  return { countries: m.country, organisations: m.organisation, people: m.person, kinds: m.kind, topics: m.topic }[dim];
}

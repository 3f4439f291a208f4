import type { EventFilters } from '../core/schemas.ts';

/**
 * The one WHERE fragment every filtered query shares (timeline, density, facets, search).
 * It is a constant: filter values are bound as JSON arrays and read with json_each, so the
 * SQL text never depends on what the user picked. Within countries, people, organisations
 * and topics every chosen value must be present (Mali AND Russia); kinds are alternatives.
 * A date range keeps every event whose period overlaps it: "2025" (year precision) is in June 2025.
 */
export const FILTER_WHERE = `
  (@from IS NULL OR coalesce(e.end_date, CASE e.precision WHEN 'year' THEN substr(e.date, 1, 4) || '-12-31' WHEN 'month' THEN date(e.date, '+1 month', '-1 day') ELSE e.date END) >= @from)
  AND (@to IS NULL OR e.date <= @to)
  AND (@kinds IS NULL OR e.kind IN (SELECT value FROM json_each(@kinds)))
  AND (@countries IS NULL OR (SELECT count(*) FROM event_countries x WHERE x.event_seq = e.seq AND x.country IN (SELECT value FROM json_each(@countries))) = json_array_length(@countries))
  AND (@organisations IS NULL OR (SELECT count(*) FROM event_organisations x WHERE x.event_seq = e.seq AND x.organisation_id IN (SELECT value FROM json_each(@organisations))) = json_array_length(@organisations))
  AND (@people IS NULL OR (SELECT count(*) FROM participants x WHERE x.event_seq = e.seq AND x.person_id IN (SELECT value FROM json_each(@people))) = json_array_length(@people))
  AND (@topics IS NULL OR (SELECT count(*) FROM event_topics x WHERE x.event_seq = e.seq AND x.topic_id IN (SELECT value FROM json_each(@topics))) = json_array_length(@topics))
`;

export interface FilterParams {
  from: string | null;
  to: string | null;
  kinds: string | null;
  countries: string | null;
  organisations: string | null;
  people: string | null;
  topics: string | null;
}

const list = (values: readonly string[] | undefined): string | null => (values && values.length ? JSON.stringify([...new Set(values)]) : null);

export function filterParams(f: EventFilters): FilterParams {
  return {
    from: f.from ?? null,
    to: f.to ?? null,
    kinds: list(f.kinds),
    countries: list(f.countries),
    organisations: list(f.organisations),
    people: list(f.people),
    topics: list(f.topics),
  };
}

export function hasFilters(p: FilterParams): boolean {
  return Object.values(p).some((v) => v !== null);
}

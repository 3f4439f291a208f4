import type { Facets } from '../core/records.ts';
import { EVENT_KINDS, type EventKind } from '../core/taxonomy.ts';
import { countryName } from '../core/countries.ts';
import { type Ctx, sql } from './context.ts';
import { FILTER_WHERE, type FilterParams, hasFilters } from './filters.ts';

/** The set of events a facet counts over: the filters' matches, or a list of events already found (a search's). */
const FILTERED = `SELECT e.seq FROM events e WHERE ${FILTER_WHERE}`;
const LISTED = 'SELECT value FROM json_each(@seqs)';
const TOP = 30;

/** `set` is a select of event seqs to count over; null counts over every event. */
function facetSql(set: string | null) {
  const where = (column: string) => (set === null ? '' : `WHERE ${column} IN (${set})`);
  return {
    countries: `SELECT country AS value, count(*) AS count FROM event_countries ${where('event_seq')} GROUP BY country ORDER BY count DESC, value LIMIT ${TOP}`,
    // Count by id first, then name only the top ones: joining every link row to its name cost most of a search.
    organisations: `SELECT o.id AS value, CASE WHEN o.acronym_fr = o.acronym_en THEN o.acronym_en ELSE o.acronym_fr || ' / ' || o.acronym_en END AS label, c.count FROM (SELECT organisation_id, count(*) AS count FROM event_organisations x ${where('x.event_seq')} GROUP BY organisation_id) c JOIN organisations o ON o.id = c.organisation_id ORDER BY c.count DESC, label LIMIT ${TOP}`,
    people: `SELECT p.id AS value, p.name AS label, c.count FROM (SELECT person_id, count(*) AS count FROM participants x ${where('x.event_seq')} GROUP BY person_id ORDER BY count DESC LIMIT ${TOP * 4}) c JOIN people p ON p.id = c.person_id ORDER BY c.count DESC, label LIMIT ${TOP}`,
    kinds: `SELECT kind AS value, count(*) AS count FROM events ${where('seq')} GROUP BY kind ORDER BY count DESC, value`,
    topics: `SELECT t.id AS value, t.name AS label, c.count FROM (SELECT topic_id, count(*) AS count FROM event_topics x ${where('x.event_seq')} GROUP BY topic_id ORDER BY count DESC LIMIT ${TOP * 4}) c JOIN topics t ON t.id = c.topic_id ORDER BY c.count DESC, label LIMIT ${TOP}`,
  };
}
const FILTER_FACETS = facetSql(FILTERED);
const LISTED_FACETS = facetSql(LISTED);
const ALL_FACETS = facetSql(null);

type Row = { value: string; label?: string; count: number };

function run(ctx: Ctx, q: ReturnType<typeof facetSql>, bound: object): Facets {
  const all = (text: string) => sql<Row>(ctx.db, text).all(bound);
  return {
    countries: all(q.countries).map((r) => ({ value: r.value, label: countryName(r.value, 'en'), count: r.count })),
    organisations: all(q.organisations).map((r) => ({ value: r.value, label: r.label ?? r.value, count: r.count })),
    people: all(q.people).map((r) => ({ value: r.value, label: r.label ?? r.value, count: r.count })),
    kinds: all(q.kinds).map((r) => ({ value: r.value, label: EVENT_KINDS[r.value as EventKind]?.en ?? r.value, count: r.count })),
    topics: all(q.topics).map((r) => ({ value: r.value, label: r.label ?? r.value, count: r.count })),
  };
}

export function facets(ctx: Ctx, params: FilterParams): Facets {
  // With no filter the set is every event: count the link tables straight off their indexes.
  return hasFilters(params) ? run(ctx, FILTER_FACETS, params) : run(ctx, ALL_FACETS, {});
}

export function facetsOfSet(ctx: Ctx, seqs: readonly number[]): Facets {
  return run(ctx, LISTED_FACETS, { seqs: JSON.stringify(seqs) });
}

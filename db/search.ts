import { countrySearchText } from '../core/countries.ts';
import type { SearchResult, SnippetPart } from '../core/records.ts';
import { toFtsQuery } from '../core/search-query.ts';
import type { EventFilters } from '../core/schemas.ts';
import { type Ctx, sql } from './context.ts';
import { facets } from './facets.ts';
import { FILTER_WHERE, filterParams } from './filters.ts';
import { SUMMARY_COLUMNS, type SummaryRow, toSummary } from './summaries.ts';

const HIT_START = '\u0002';
const HIT_END = '\u0003';

/** Rewrites an event's row in the full-text index; call inside the write's transaction. */
export function indexEvent(ctx: Ctx, seq: number): void {
  const e = sql<{ title: string; summary: string; source_text: string; place: string | null; placeCountry: string | null; id: string }>(
    ctx.db,
    'SELECT e.id, e.title, e.summary, e.source_text, pl.name AS place, pl.country AS placeCountry FROM events e LEFT JOIN places pl ON pl.id = e.place_id WHERE e.seq = ?',
  ).get(seq);
  sql(ctx.db, 'DELETE FROM events_fts WHERE rowid = ?').run(seq);
  if (!e) return;
  const people = sql<{ name: string; title: string | null }>(ctx.db, 'SELECT p.name, coalesce(pa.title, p.title) AS title FROM participants pa JOIN people p ON p.id = pa.person_id WHERE pa.event_seq = ?').all(seq);
  const countries = sql<{ country: string }>(ctx.db, 'SELECT country FROM event_countries WHERE event_seq = ?').all(seq);
  const orgs = sql<{ t: string }>(ctx.db, "SELECT o.acronym_fr || ' ' || o.acronym_en || ' ' || o.name_fr || ' ' || o.name_en AS t FROM event_organisations x JOIN organisations o ON o.id = x.organisation_id WHERE x.event_seq = ?").all(seq);
  const topics = sql<{ name: string }>(ctx.db, 'SELECT t.name FROM event_topics x JOIN topics t ON t.id = x.topic_id WHERE x.event_seq = ?').all(seq);
  const followUps = sql<{ t: string }>(ctx.db, "SELECT f.title || ' ' || coalesce(f.wording, '') || ' ' || coalesce(pl.name, '') AS t FROM follow_ups f LEFT JOIN places pl ON pl.id = f.place_id WHERE f.event_id = ?").all(e.id);
  sql(ctx.db, 'INSERT INTO events_fts (rowid, title, summary, place, people, countries, organisations, topics, follow_ups, source_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    seq,
    e.title,
    e.summary,
    [e.place, e.placeCountry ? countrySearchText(e.placeCountry) : null].filter(Boolean).join(' '),
    people.map((p) => [p.name, p.title].filter(Boolean).join(' ')).join(' · '),
    countries.map((c) => countrySearchText(c.country)).join(' · '),
    orgs.map((o) => o.t).join(' · '),
    topics.map((t) => t.name).join(' · '),
    followUps.map((f) => f.t).join(' · '),
    e.source_text,
  );
}

/** Splits FTS5's marked snippet into plain parts, so nothing in it is ever parsed as HTML. */
export function snippetParts(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const chunk of marked.split(HIT_START)) {
    const end = chunk.indexOf(HIT_END);
    if (end === -1) { if (chunk) parts.push({ text: chunk, hit: false }); continue; }
    if (end > 0) parts.push({ text: chunk.slice(0, end), hit: true });
    const rest = chunk.slice(end + 1);
    if (rest) parts.push({ text: rest, hit: false });
  }
  return parts;
}

// Column weights for bm25: a hit in the title or among the people outranks one in the article text.
const RANK = 'bm25(events_fts, 10.0, 3.0, 4.0, 8.0, 4.0, 4.0, 5.0, 3.0, 1.0)';

const SEARCH_SQL = `
  SELECT ${SUMMARY_COLUMNS}, snippet(events_fts, -1, char(2), char(3), '…', 14) AS snip
  FROM events_fts JOIN events e ON e.seq = events_fts.rowid LEFT JOIN places pl ON pl.id = e.place_id
  WHERE events_fts MATCH @q AND ${FILTER_WHERE}
  ORDER BY ${RANK}, e.date DESC, e.seq DESC
  LIMIT @limit OFFSET @offset`;
const COUNT_SQL = `SELECT count(*) AS n FROM events_fts JOIN events e ON e.seq = events_fts.rowid WHERE events_fts MATCH @q AND ${FILTER_WHERE}`;

export function search(ctx: Ctx, input: { query: string; filters: EventFilters; limit: number; offset: number }): SearchResult {
  const q = toFtsQuery(input.query);
  const params = filterParams(input.filters);
  if (q === null) return { items: [], total: 0, facets: { countries: [], organisations: [], people: [], kinds: [], topics: [] } };
  const bound = { ...params, q, limit: input.limit, offset: input.offset };
  const rows = sql<SummaryRow & { snip: string }>(ctx.db, SEARCH_SQL).all(bound);
  return {
    items: rows.map(({ snip, ...row }) => ({ event: toSummary(row), snippet: snippetParts(snip) })),
    total: sql<{ n: number }>(ctx.db, COUNT_SQL).get({ ...params, q })!.n,
    facets: facets(ctx, params, q),
  };
}

import { countrySearchText } from '../core/countries.ts';
import type { SearchResult, SnippetPart } from '../core/records.ts';
import { toFtsQuery } from '../core/search-query.ts';
import type { EventFilters } from '../core/schemas.ts';
import { type Ctx, sql } from './context.ts';
import type { Db } from './open.ts';
import { facetsOfSet } from './facets.ts';
import { FILTER_WHERE, filterParams } from './filters.ts';
import { SUMMARY_COLUMNS, SUMMARY_FROM, type SummaryRow, toSummary } from './summaries.ts';

const HIT_START = '\u0002';
const HIT_END = '\u0003';

/** Lets SQL spell a country every way it is known ("RU" → "Russie Russia Russian Federation…"). */
export function registerSearchFunctions(db: Db): void {
  db.function('country_names', { deterministic: true }, (code: unknown) => (typeof code === 'string' ? countrySearchText(code) : null));
}

// The index is written by ./search-index.ts; re-exported for the handlers that re-index after an edit.
export { indexEvent } from './search-index.ts';

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

// The MATCH runs once: its ranked list of events gives the page, the total and the facets.
const MATCH_SQL = `
  SELECT e.seq FROM events_fts JOIN events e ON e.seq = events_fts.rowid
  WHERE events_fts MATCH @q AND ${FILTER_WHERE}
  ORDER BY ${RANK}, e.date DESC, e.seq DESC`;
const PAGE_SQL = `SELECT e.seq AS seq, ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} WHERE e.seq IN (SELECT value FROM json_each(@page))`;
// One snippet per hit, looked up by rowid: FTS5 then seeks each term to that row instead of running the whole MATCH again.
const SNIPPET_SQL = "SELECT snippet(events_fts, -1, char(2), char(3), '…', 14) FROM events_fts WHERE events_fts MATCH @q AND rowid = @seq";

/**
 * Facets count over the best-ranked matches: what narrows a search is what its top results share.
 * Counting every match of a common word ("ministre": half the store) cost more than the search itself.
 */
export const FACET_BASE = 1_000;

const NO_FACETS = { countries: [], organisations: [], people: [], kinds: [], topics: [] };

export function search(ctx: Ctx, input: { query: string; filters: EventFilters; limit: number; offset: number }): SearchResult {
  const q = toFtsQuery(input.query);
  if (q === null) return { items: [], total: 0, facets: NO_FACETS };
  const ranked = sql(ctx.db, MATCH_SQL).pluck().all({ ...filterParams(input.filters), q }) as number[];
  const page = ranked.slice(input.offset, input.offset + input.limit);
  const rows = page.length ? sql<SummaryRow & { seq: number }>(ctx.db, PAGE_SQL).all({ page: JSON.stringify(page) }) : [];
  const bySeq = new Map(rows.map((r) => [r.seq, r]));
  const snippet = sql(ctx.db, SNIPPET_SQL).pluck();
  return {
    items: page.flatMap((seq) => {
      const row = bySeq.get(seq);
      if (!row) return [];
      const { seq: _seq, ...summary } = row;
      return [{ event: toSummary(summary), snippet: snippetParts((snippet.get({ q, seq }) as string | undefined) ?? '') }];
    }),
    total: ranked.length,
    facets: ranked.length ? facetsOfSet(ctx, ranked.slice(0, FACET_BASE)) : NO_FACETS,
  };
}

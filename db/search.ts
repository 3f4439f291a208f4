import { countrySearchText } from '../core/countries.ts';
import type { Facets, SearchResult } from '../core/records.ts';
import { type ExpandPrefix, type ParsedQuery, parseQuery, renderQuery } from '../core/search-query.ts';
import { makeSnippet, snippetPhrases } from '../core/snippet.ts';
import type { EventFilters } from '../core/schemas.ts';
import { type Ctx, sql } from './context.ts';
import type { Db } from './open.ts';
import { facetsOfSet } from './facets.ts';
import { FILTER_WHERE, type FilterParams, filterParams, hasFilters } from './filters.ts';
import { SUMMARY_COLUMNS, SUMMARY_FROM, type SummaryRow, toSummary } from './summaries.ts';

/** Lets SQL spell a country every way it is known ("RU" → "Russie Russia Russian Federation…"). */
export function registerSearchFunctions(db: Db): void {
  db.function('country_names', { deterministic: true }, (code: unknown) => (typeof code === 'string' ? countrySearchText(code) : null));
  createWordList(db);
}

// The index is written by ./search-index.ts; re-exported for the handlers that re-index after an edit.
export { indexEvent } from './search-index.ts';

// Column weights for bm25: a hit in the title or among the people outranks one in the article text.
const RANK = 'bm25(events_fts, 10.0, 3.0, 4.0, 8.0, 4.0, 4.0, 5.0, 3.0, 1.0)';

/**
 * A search ranks the most recently entered matches only, this many: with more matches, the
 * newest 1,000 (by entry, rowid = seq) are ranked by relevance and the total says "1,000+".
 * Ranking every match of a common word ("ministre": 86,000 events at 100k) cost a second;
 * reading the newest ones off the index in rowid order stops after these, so a search costs
 * about the same whatever the store's size. Filters apply before the cut (a date range reaches
 * older events), and the facets (`searchFacets`) count over the same events.
 */
export const SEARCH_RANKED = 1_000;

// Newest first straight off the index (FTS5 walks rowids backwards, no sort); bm25 only for
// the rows taken. Without filters, no join to events at all.
const MATCHES = (ranked: boolean) => `SELECT events_fts.rowid AS seq${ranked ? `, ${RANK} AS rank` : ''} FROM events_fts`;
const NEWEST = (ranked: boolean) => `${MATCHES(ranked)} WHERE events_fts MATCH @q ORDER BY events_fts.rowid DESC LIMIT @n`;
const NEWEST_FILTERED = (ranked: boolean) =>
  `${MATCHES(ranked)} JOIN events e ON e.seq = events_fts.rowid WHERE events_fts MATCH @q AND ${FILTER_WHERE} ORDER BY events_fts.rowid DESC LIMIT @n`;
const DATES_SQL = 'SELECT seq, date FROM events WHERE seq IN (SELECT value FROM json_each(@seqs))';
// The page in one statement: what the list shows of each event, and its indexed text (read by
// rowid, no MATCH: a content lookup each) for `makeSnippet`.
const TEXT_COLUMNS = ['title', 'summary', 'place', 'people', 'countries', 'organisations', 'topics', 'follow_ups', 'source_text'] as const;
const PAGE_SQL = `SELECT e.seq AS seq, ${SUMMARY_COLUMNS}, ${TEXT_COLUMNS.map((c, i) => `t.${c} AS text${i}`).join(', ')}
  FROM ${SUMMARY_FROM} JOIN events_fts t ON t.rowid = e.seq WHERE e.seq IN (SELECT value FROM json_each(@page))`;
type Cell = string | null;
type PageRow = SummaryRow & { seq: number; text0: Cell; text1: Cell; text2: Cell; text3: Cell; text4: Cell; text5: Cell; text6: Cell; text7: Cell; text8: Cell };

// One indexed word at or after @from and before @to: FTS5's vocabulary read as instances stops at
// the first one, so listing a prefix's words costs a seek per word, not a read of their postings.
const NEXT_WORD_SQL = 'SELECT term FROM temp.events_fts_words WHERE term >= @from AND term < @to LIMIT 1';
/** Past this many words a prefix stays a prefix ("a", "co"): FTS5's own expansion is then the cheaper one. */
const MAX_EXPANSION = 64;
const AFTER_ALL = '\u{10FFFF}';

/** The connection's view of the index vocabulary, for `expandPrefix`; temp, so nothing is written to the file. */
function createWordList(db: Db): void {
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.events_fts_words USING fts5vocab(main, 'events_fts', 'instance')");
}

/**
 * The indexed words a typed prefix covers, for words FTS5 folds exactly as `NFD` + lower case does
 * (Latin letters and digits); others stay prefixes. Prefixes of 2–3 letters have their own index
 * (`prefix = '2 3'`) and stay too. A longer prefix given to FTS5 as `"minist"*` makes it copy and
 * merge the postings of every word it covers each time a statement starts (20 ms for "minist",
 * 5 ms for "mali" at 100k, paid again by bm25); the same words as `("ministre" OR …)` are read
 * lazily, only as far as the rows taken.
 */
function expandPrefix(ctx: Ctx): ExpandPrefix {
  const next = sql(ctx.db, NEXT_WORD_SQL).pluck();
  return (word) => {
    const folded = word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    if (!/^[a-z0-9]{4,}$/.test(folded) || !/^[\p{Script=Latin}\p{M}0-9]+$/u.test(word)) return null;
    const words: string[] = [];
    const to = folded + AFTER_ALL;
    // "\0" sorts right after a word and before any longer one: the next seek skips the word's postings.
    for (let w = next.get({ from: folded, to }) as string | undefined; w !== undefined; w = next.get({ from: `${w}\0`, to }) as string | undefined) {
      if (words.length === MAX_EXPANSION) return null;
      words.push(w);
    }
    return words;
  };
}

export function ftsQuery(ctx: Ctx, parsed: ParsedQuery): string | null {
  return renderQuery(parsed, expandPrefix(ctx));
}

/** A match as the statement answers it: [seq, bm25 rank] (lower is better). */
type Match = [number, number];

/** The statement for up to @n matches, newest entered first, and its values; with bm25 ranks when `ranked`. */
function newest(ctx: Ctx, q: string, params: FilterParams, n: number, ranked: boolean) {
  const filtered = hasFilters(params);
  return { stmt: sql(ctx.db, filtered ? NEWEST_FILTERED(ranked) : NEWEST(ranked)), values: filtered ? { ...params, q, n } : { q, n } };
}

function newestMatches(ctx: Ctx, q: string, params: FilterParams, n: number): Match[] {
  const { stmt, values } = newest(ctx, q, params, n, true);
  return stmt.raw().all(values) as Match[];
}

function newestSeqs(ctx: Ctx, q: string, params: FilterParams, n: number): number[] {
  const { stmt, values } = newest(ctx, q, params, n, false);
  return stmt.pluck().all(values) as number[];
}

/**
 * The seqs at positions [from, to) of the ranked order: best rank first; equal ranks (texts alike)
 * newest date first, then newest entered. Only the matches whose rank falls within the page's are
 * sorted (the ranks alone find those, sorted as numbers), and dates are read only for the ties among
 * them: generated or templated texts tie by the hundred, and reading 1,000 dates cost more than ranking.
 */
function rankedPage(ctx: Ctx, matches: readonly Match[], from: number, to: number): number[] {
  const n = matches.length;
  if (from >= n) return [];
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; i++) ranks[i] = matches[i]![1];
  ranks.sort();
  const lo = ranks[from]!;
  const hi = ranks[Math.min(to, n) - 1]!;
  let first = from;
  while (first > 0 && ranks[first - 1] === lo) first--;
  const window = matches.filter((m) => m[1] >= lo && m[1] <= hi);
  window.sort((a, b) => a[1] - b[1] || b[0] - a[0]);
  const tied = window.filter((m, i) => window[i - 1]?.[1] === m[1] || window[i + 1]?.[1] === m[1]).map((m) => m[0]);
  if (tied.length > 0) {
    const dates = new Map<number, string>();
    for (const r of sql<{ seq: number; date: string }>(ctx.db, DATES_SQL).all({ seqs: JSON.stringify(tied) })) dates.set(r.seq, r.date);
    const dateOf = (seq: number) => dates.get(seq) ?? '';
    window.sort((a, b) => a[1] - b[1] || (dateOf(a[0]) < dateOf(b[0]) ? 1 : dateOf(a[0]) > dateOf(b[0]) ? -1 : b[0] - a[0]));
  }
  return window.slice(from - first, to - first).map((m) => m[0]);
}

export function search(ctx: Ctx, input: { query: string; filters: EventFilters; limit: number; offset: number }): SearchResult {
  const parsed = parseQuery(input.query);
  const q = parsed && ftsQuery(ctx, parsed);
  if (!parsed || q === null) return { items: [], total: 0, totalCapped: false };
  // One more than the ranked set tells whether more matched, without counting them all.
  const matches = newestMatches(ctx, q, filterParams(input.filters), SEARCH_RANKED + 1);
  const totalCapped = matches.length > SEARCH_RANKED;
  if (totalCapped) matches.length = SEARCH_RANKED;
  const page = rankedPage(ctx, matches, input.offset, input.offset + input.limit);
  if (page.length === 0) return { items: [], total: matches.length, totalCapped };
  const bySeq = new Map<number, PageRow>();
  for (const row of sql<PageRow>(ctx.db, PAGE_SQL).all({ page: JSON.stringify(page) })) bySeq.set(row.seq, row);
  const phrases = snippetPhrases(parsed);
  return {
    items: page.flatMap((seq) => {
      const row = bySeq.get(seq);
      if (!row) return [];
      const { seq: _seq, text0, text1, text2, text3, text4, text5, text6, text7, text8, ...summary } = row;
      return [{ event: toSummary(summary), snippet: makeSnippet([text0, text1, text2, text3, text4, text5, text6, text7, text8], phrases) }];
    }),
    total: matches.length,
    totalCapped,
  };
}

const NO_FACETS: Facets = { countries: [], organisations: [], people: [], kinds: [], topics: [] };

/**
 * What narrows a search: counts over the events a search ranks (the newest 1,000 matches).
 * A call of its own, so the results show first; counting them took longer than the search.
 */
export function searchFacets(ctx: Ctx, input: { query: string; filters: EventFilters }): Facets {
  const parsed = parseQuery(input.query);
  const q = parsed && ftsQuery(ctx, parsed);
  if (!q) return NO_FACETS;
  const seqs = newestSeqs(ctx, q, filterParams(input.filters), SEARCH_RANKED);
  return seqs.length ? facetsOfSet(ctx, seqs) : NO_FACETS;
}

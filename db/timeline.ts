/**
 * The timeline's reads: a page of events in date order and the month-by-month density, with or
 * without filters. A filtered read starts from the events its rarest filter value reaches
 * (`driveOf`), not from every event.
 */
import type { Density, EventSummary } from '../core/records.ts';
import type { EventFilters } from '../core/schemas.ts';
import { type Ctx, sql } from './context.ts';
import { FILTER_WHERE, type FilterParams, filterParams, hasFilters } from './filters.ts';
import { SUMMARY_COLUMNS, SUMMARY_FROM, type SummaryRow, toSummary } from './summaries.ts';

/**
 * A filter on a link (a person, topic, organisation or country) is read from the events one of
 * its values reaches through that link's index, not by testing every event: the value held by
 * the fewest events drives, and FILTER_WHERE checks each of its events against every other filter
 * (the driving value is taken out of its list: each event was found by it). A common value (more
 * than SCAN_SHARE of the events) with no other link filter is read by walking the timeline index
 * against the value's set of events instead, which reads no event row. Counting a value's events
 * reads its index entries only (~2 ms for 30,000 at 100,000 events).
 */
const LINK_DRIVERS = [
  ['people', 'participants', 'person_id'],
  ['topics', 'event_topics', 'topic_id'],
  ['organisations', 'event_organisations', 'organisation_id'],
  ['countries', 'event_countries', 'country'],
] as const;
type LinkDimension = (typeof LINK_DRIVERS)[number][0];
const byLink = (make: (table: string, column: string) => string) =>
  Object.fromEntries(LINK_DRIVERS.map(([dim, table, column]) => [dim, make(table, column)])) as Record<LinkDimension, string>;
const LINK_COUNT = byLink((table, column) => `SELECT count(*) FROM ${table} WHERE ${column} = ?`);
/** Past this share of the events, walking the whole timeline index costs less than reading each event's row. */
const SCAN_SHARE = 1 / 8;
const KIND_COUNT = 'SELECT count(*) FROM events WHERE kind IN (SELECT value FROM json_each(@kinds))';

/** How a filtered read finds its events. */
type Drive =
  | { by: 'all' }
  | { by: 'kinds' }
  | { by: 'scan'; dim: LinkDimension; driver: string; held: number; events: number; rest: FilterParams }
  | { by: 'link'; dim: LinkDimension; driver: string; held: number; events: number; rest: FilterParams };

function driveOf(ctx: Ctx, params: FilterParams): Drive {
  const links = LINK_DRIVERS.flatMap(([dim]) => (params[dim] === null ? [] : (JSON.parse(params[dim]) as string[]).map((value) => ({ dim, value }))));
  if (links.length === 0) return { by: params.kinds !== null ? 'kinds' : 'all' };
  const held = links.map((l) => ({ ...l, n: sql(ctx.db, LINK_COUNT[l.dim]).pluck().get(l.value) as number }));
  const best = held.reduce((a, b) => (b.n < a.n ? b : a));
  const others = (JSON.parse(params[best.dim]!) as string[]).filter((v) => v !== best.value);
  const rest = { ...params, [best.dim]: others.length > 0 ? JSON.stringify(others) : null };
  // The kinds' index gives dates without reading the rows: it drives when the kinds hold fewer events.
  if (params.kinds !== null && (sql(ctx.db, KIND_COUNT).pluck().get(params) as number) < best.n) return { by: 'kinds' };
  const events = sql(ctx.db, 'SELECT count(*) FROM events').pluck().get() as number;
  // The timeline index holds the event's own filtered columns (a date range, a kind), not its links.
  const restOnLinks = LINK_DRIVERS.some(([dim]) => rest[dim] !== null);
  const by = !restOnLinks && best.n > SCAN_SHARE * events ? 'scan' : 'link';
  return { by, dim: best.dim, driver: best.value, held: best.n, events, rest };
}

const ORDER_ASC = 'ORDER BY e.date, e.precision_rank, e.seq';
const ORDER_DESC = 'ORDER BY e.date DESC, e.precision_rank DESC, e.seq DESC';
/**
 * A page is chosen on the timeline index alone (the inner select), then only its rows get their
 * columns built: OFFSET skips index entries, never the per-row subqueries of the summary.
 */
const page = (source: string, order: string) => `
  SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM}
  WHERE e.seq IN (SELECT e.seq FROM ${source} LIMIT @limit OFFSET @offset)
  ${order}`;
/**
 * Unfiltered, the page is found by walking events_timeline (date, precision_rank, seq, …) in its
 * own order, which is the timeline's. Naming precision_rank would make SQLite read `precision`, the
 * column it is computed from, so the index would no longer cover the walk and each skipped entry
 * would pay a deferred seek into the table: 3.2 → 1.0 ms to skip 50,000 events. Forced onto the
 * index and ordered by its first column, the walk takes the entries as the index holds them.
 */
const WALK_ASC = 'events e INDEXED BY events_timeline ORDER BY e.date';
const WALK_DESC = 'events e INDEXED BY events_timeline ORDER BY e.date DESC';
const LIST = {
  asc: page(WALK_ASC, ORDER_ASC),
  desc: page(WALK_DESC, ORDER_DESC),
  // events_timeline holds every column of the event FILTER_WHERE reads (migration 005): the
  // walk tests a date range or a kind without reading the event's row.
  ascFiltered: page(`events e INDEXED BY events_timeline WHERE ${FILTER_WHERE} ORDER BY e.date`, ORDER_ASC),
  descFiltered: page(`events e INDEXED BY events_timeline WHERE ${FILTER_WHERE} ORDER BY e.date DESC`, ORDER_DESC),
};
/** The share of a value's events a page may reach into and still be read by the plain filtered walk. */
const SHORT_SHARE = 1 / 10;
/**
 * A filtered page walks the timeline testing each event against FILTER_WHERE (a subquery per link
 * filter), as far as its offset: at 100,000 events a page near the newest end of a country's
 * events took 150–200 ms, of a rare person's 500 ms. With a link filter the page is read from the
 * driving value's events instead (see driveOf): a rare value's events are read and sorted (~5 ms
 * for 300), a common value with no other link filter is walked on the timeline index against its
 * set (no event row, no subquery; ~0.3 µs an entry; 30–40 ms for the newest page).
 */
const LIST_BY_LINK = {
  asc: byLink((table, column) => page(`${table} x JOIN events e ON e.seq = x.event_seq WHERE x.${column} = @driver AND ${FILTER_WHERE} ${ORDER_ASC}`, ORDER_ASC)),
  desc: byLink((table, column) => page(`${table} x JOIN events e ON e.seq = x.event_seq WHERE x.${column} = @driver AND ${FILTER_WHERE} ${ORDER_DESC}`, ORDER_DESC)),
};
const LIST_BY_SCAN = {
  asc: byLink((table, column) => page(`events e INDEXED BY events_timeline WHERE e.seq IN (SELECT event_seq FROM ${table} WHERE ${column} = @driver) AND ${FILTER_WHERE} ORDER BY e.date`, ORDER_ASC)),
  desc: byLink((table, column) => page(`events e INDEXED BY events_timeline WHERE e.seq IN (SELECT event_seq FROM ${table} WHERE ${column} = @driver) AND ${FILTER_WHERE} ORDER BY e.date DESC`, ORDER_DESC)),
};

/**
 * The filtered total, counted from the same driver as the page: testing every event took ~180 ms
 * at 100,000 events for a country held by a third of them. A value alone is its link's count.
 */
const COUNT_FILTERED = `SELECT count(*) FROM events e INDEXED BY events_timeline WHERE ${FILTER_WHERE}`;
const COUNT_BY_KIND = `SELECT count(*) FROM events e WHERE e.kind IN (SELECT value FROM json_each(@kinds)) AND ${FILTER_WHERE}`;
const COUNT_BY_LINK = byLink((table, column) => `SELECT count(*) FROM ${table} x JOIN events e ON e.seq = x.event_seq WHERE x.${column} = @driver AND ${FILTER_WHERE}`);
const COUNT_BY_SCAN = byLink((table, column) =>
  `SELECT count(*) FROM events e INDEXED BY events_timeline WHERE e.seq IN (SELECT event_seq FROM ${table} WHERE ${column} = @driver) AND ${FILTER_WHERE}`);

function countFiltered(ctx: Ctx, params: FilterParams, drive: Drive): number {
  const count = (text: string, values: object) => sql(ctx.db, text).pluck().get(values) as number;
  switch (drive.by) {
    case 'all': return count(COUNT_FILTERED, params);
    case 'kinds': return count(COUNT_BY_KIND, params);
    case 'scan':
    case 'link':
      if (!hasFilters(drive.rest)) return drive.held;
      return count((drive.by === 'scan' ? COUNT_BY_SCAN : COUNT_BY_LINK)[drive.dim], { ...drive.rest, driver: drive.driver });
  }
}

type ListQuery = { filters: EventFilters; limit: number; offset: number; order: 'asc' | 'desc'; withTotal: boolean };

/** A filtered page, read from the drive's events unless the plain walk gets there sooner. */
function filteredPage(ctx: Ctx, params: FilterParams, drive: Drive, q: ListQuery): SummaryRow[] {
  const page = { limit: q.limit, offset: q.offset };
  const walk = () => sql<SummaryRow>(ctx.db, q.order === 'asc' ? LIST.ascFiltered : LIST.descFiltered).all({ ...params, ...page });
  if (drive.by === 'all' || drive.by === 'kinds') return walk();
  // A page within the first tenth of the value's events (from the end the page is read from) is
  // found sooner by the plain walk than by building the value's set (~10 ms for 30,000 events) or
  // reading all its rows: the walk tests about a tenth of the timeline at most.
  if (q.offset + q.limit < drive.held * SHORT_SHARE) return walk();
  const values = { ...drive.rest, ...page, driver: drive.driver };
  if (drive.by === 'scan') return sql<SummaryRow>(ctx.db, LIST_BY_SCAN[q.order][drive.dim]).all(values);
  // A common value beside other link filters: reading all its rows costs more than the walk.
  if (drive.held > SCAN_SHARE * drive.events) return walk();
  return sql<SummaryRow>(ctx.db, LIST_BY_LINK[q.order][drive.dim]).all(values);
}

export function listEvents(ctx: Ctx, q: ListQuery): { items: EventSummary[]; total: number | null } {
  const params = filterParams(q.filters);
  if (!hasFilters(params)) return ctx.db.transaction(() => listAll(ctx, q))();
  const drive = driveOf(ctx, params);
  const rows = filteredPage(ctx, params, drive, q);
  return { items: rows.map(toSummary), total: q.withTotal ? countFiltered(ctx, params, drive) : null };
}

/**
 * OFFSET steps through every index entry it skips (~20 ns each on the covering walk: 2 ms for the
 * newest page of 100,000 events, the one the timeline opens on). The whole timeline's count is cheap (SQLite
 * counts an index page by page), so a page past the middle is read from the other end, in the
 * opposite order, and turned round: no page skips more than half the events. One read
 * transaction, so the count and the page see the same events.
 */
function listAll(ctx: Ctx, q: ListQuery): { items: EventSummary[]; total: number | null } {
  const total = sql(ctx.db, 'SELECT count(*) FROM events').pluck().get() as number;
  const fromOtherEnd = q.offset > total / 2;
  const limit = fromOtherEnd ? Math.min(q.limit, total - q.offset) : q.limit;
  const offset = fromOtherEnd ? Math.max(0, total - q.offset - q.limit) : q.offset;
  const ascending = (q.order === 'asc') !== fromOtherEnd;
  const rows = limit <= 0 ? [] : sql<SummaryRow>(ctx.db, ascending ? LIST.asc : LIST.desc).all({ limit, offset });
  if (fromOtherEnd) rows.reverse();
  return { items: rows.map(toSummary), total: q.withTotal ? total : null };
}

/**
 * A timeline bucket is a month ("2025-06", holding its days and the month-precision "2025-06") or a
 * year alone ("2025", year-precision events). Every date of a bucket sorts between `month` and
 * `month || BUCKET_END`, so each bucket is one range of the timeline index.
 */
const BUCKET_END = "CASE length(month) WHEN 4 THEN '-' ELSE '~' END";
/**
 * Unfiltered, the buckets are found by skipping through the timeline index: seek the first date
 * after the previous bucket, then count the bucket's range. Index searches only — no table rows, no
 * sort of the whole table by an expression (a GROUP BY substr(date) built a temp b-tree of every event).
 */
const DENSITY_ALL = `
  WITH RECURSIVE b(month) AS (
    SELECT substr(min(date), 1, 7) FROM events
    UNION ALL
    SELECT (SELECT substr(date, 1, 7) FROM events WHERE date >= b.month || ${BUCKET_END} ORDER BY date LIMIT 1) FROM b WHERE b.month IS NOT NULL)
  SELECT month, (SELECT count(*) FROM events WHERE date >= month AND date < month || ${BUCKET_END}) AS count
  FROM b WHERE month IS NOT NULL`;
const DENSITY_FILTERED = `SELECT substr(e.date, 1, 7) AS month, count(*) AS count FROM events e INDEXED BY events_timeline WHERE ${FILTER_WHERE} GROUP BY month ORDER BY month`;
/**
 * The filtered density starts from the driving value's events, or the kinds' (driveOf), instead
 * of testing every event. At 100,000 events (one interleaved run on a busy machine, before → after):
 * a country held by a third of the events 128 → 55 ms, the busiest person 76 → 23, topic 62 → 23,
 * two common countries 76 → 49, a country and a kind 74 → 22, a year 72 → 14, a country and a
 * year 75 → 45, a kind 4. The served first screen waits for this count when the timeline has
 * saved filters.
 */
const DENSITY_BY_LINK = byLink((table, column) =>
  `SELECT substr(e.date, 1, 7) AS month, count(*) AS count FROM ${table} x JOIN events e ON e.seq = x.event_seq
   WHERE x.${column} = @driver AND ${FILTER_WHERE} GROUP BY month ORDER BY month`);
/**
 * One common value and no other link filter: the timeline index is walked whole, in date order,
 * keeping the events in the value's set (a date range or kinds tested on the index), counted by
 * day first in the index's order and then by month: no event row read, no sort of the events (a
 * country with a third of the events 89 → 55 ms against reading its rows).
 */
const DENSITY_BY_LINK_SCAN = byLink((table, column) =>
  `SELECT substr(day, 1, 7) AS month, sum(n) AS count FROM (
     SELECT e.date AS day, count(*) AS n FROM events e INDEXED BY events_timeline
     WHERE e.seq IN (SELECT event_seq FROM ${table} WHERE ${column} = @driver) AND ${FILTER_WHERE} GROUP BY e.date)
   GROUP BY month ORDER BY month`);
const DENSITY_BY_KIND = `SELECT substr(e.date, 1, 7) AS month, count(*) AS count FROM events e
  WHERE e.kind IN (SELECT value FROM json_each(@kinds)) AND ${FILTER_WHERE} GROUP BY month ORDER BY month`;

type MonthCount = { month: string; count: number };

function filteredMonths(ctx: Ctx, params: FilterParams): MonthCount[] {
  const drive = driveOf(ctx, params);
  switch (drive.by) {
    case 'all': return sql<MonthCount>(ctx.db, DENSITY_FILTERED).all(params);
    case 'kinds': return sql<MonthCount>(ctx.db, DENSITY_BY_KIND).all(params);
    case 'scan': return sql<MonthCount>(ctx.db, DENSITY_BY_LINK_SCAN[drive.dim]).all({ ...drive.rest, driver: drive.driver });
    case 'link': return sql<MonthCount>(ctx.db, DENSITY_BY_LINK[drive.dim]).all({ ...drive.rest, driver: drive.driver });
  }
}
/** Events of one month (or of a year before its months) that sort before a day, on the timeline index. */
const BEFORE_IN_MONTH = 'SELECT count(*) FROM events e WHERE e.date >= @month AND e.date < @before';
const BEFORE_IN_MONTH_FILTERED = `SELECT count(*) FROM events e WHERE e.date >= @month AND e.date < @before AND ${FILTER_WHERE}`;

/**
 * Events per bucket, and with `before` (a day) how many events sort before it: whole buckets before
 * its month from the counts, plus one narrow count inside its month, so nothing counts the table.
 */
export function density(ctx: Ctx, filters: EventFilters, before?: string): Density {
  const params = filterParams(filters);
  const filtered = hasFilters(params);
  const months = filtered ? filteredMonths(ctx, params) : sql<MonthCount>(ctx.db, DENSITY_ALL).all();
  const result: Density = { months, total: months.reduce((n, m) => n + m.count, 0) };
  if (before !== undefined) {
    const month = before.slice(0, 7);
    const earlier = months.reduce((n, m) => (m.month < month ? n + m.count : n), 0);
    const inMonth = filtered
      ? sql(ctx.db, BEFORE_IN_MONTH_FILTERED).pluck().get({ ...params, month, before })
      : sql(ctx.db, BEFORE_IN_MONTH).pluck().get({ month, before });
    result.before = earlier + (inMonth as number);
  }
  return result;
}

import type { Density } from '../../../core/records.ts';

/** One line of the virtual timeline; events are addressed by their index in date order, fetched lazily. */
export type Row =
  | { type: 'year'; year: string; count: number }
  | { type: 'month'; month: string; count: number }
  | { type: 'event'; index: number; month: string }
  | { type: 'today' };

export const ROW_HEIGHT = { year: 52, month: 34, event: 58 } as const;

export function todayRowHeight(followUps: number): number {
  return 48 + Math.min(followUps, 5) * 30 + (followUps > 5 ? 26 : 0);
}

/**
 * Rows from the per-month counts alone: the whole shape of the timeline is known before a
 * single event is fetched. A bucket named by a year alone ("2025") holds year-precision events
 * and sits under the year heading, before its months.
 */
export function buildRows(density: Density): { rows: Row[]; monthRow: Map<string, number> } {
  const rows: Row[] = [];
  const monthRow = new Map<string, number>();
  const buckets = [...density.months].filter((m) => m.count > 0).sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  const yearTotals = new Map<string, number>();
  for (const b of buckets) yearTotals.set(b.month.slice(0, 4), (yearTotals.get(b.month.slice(0, 4)) ?? 0) + b.count);
  let index = 0;
  let year = '';
  for (const b of buckets) {
    const y = b.month.slice(0, 4);
    if (y !== year) {
      year = y;
      monthRow.set(y, rows.length);
      rows.push({ type: 'year', year: y, count: yearTotals.get(y) ?? 0 });
    }
    if (b.month.length > 4) {
      monthRow.set(b.month, rows.length);
      rows.push({ type: 'month', month: b.month, count: b.count });
    }
    for (let i = 0; i < b.count; i++) rows.push({ type: 'event', index: index++, month: b.month });
  }
  return { rows, monthRow };
}

/**
 * Puts the "today" marker where today falls: after every event dated before today
 * (`eventsBeforeToday`, from the API with the same filters) and before any later heading.
 */
export function insertToday(rows: Row[], today: string, eventsBeforeToday: number): { rows: Row[]; todayRow: number } {
  const month = today.slice(0, 7);
  const year = today.slice(0, 4);
  let at = rows.findIndex(
    (r) =>
      (r.type === 'year' && r.year > year) ||
      (r.type === 'month' && r.month > month) ||
      (r.type === 'event' && r.index >= eventsBeforeToday),
  );
  if (at < 0) at = rows.length;
  return { rows: [...rows.slice(0, at), { type: 'today' }, ...rows.slice(at)], todayRow: at };
}

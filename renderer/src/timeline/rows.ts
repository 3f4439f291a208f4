import type { Density } from '../../../core/records.ts';

/** One line of the virtual timeline; events are addressed by their index in date order, fetched lazily. */
export type Row =
  | { type: 'year'; year: string; count: number }
  | { type: 'month'; month: string; count: number }
  | { type: 'event'; index: number; month: string }
  | { type: 'today' };

export const ROW_HEIGHT = { year: 52, month: 34, event: 58 } as const;

/** How many follow-ups the today marker lists; the rest are counted, and "show all" opens the list. */
export const FOLLOW_UPS_SHOWN = 5;

export function todayRowHeight(followUps: number): number {
  return 48 + Math.min(followUps, FOLLOW_UPS_SHOWN) * 30 + (followUps > FOLLOW_UPS_SHOWN ? 26 : 0);
}

/**
 * A run of rows of one height: a heading, the today marker, or a bucket's events. The layout is
 * a few hundred runs however many events there are, so laying out, finding the row at a scroll
 * offset and the offset of a row cost the same at 100k events as at 100.
 */
interface Run {
  /** First row of the run, and its top in pixels. */
  row: number;
  top: number;
  rows: number;
  height: number;
  /** The run's row, or for events the first one (the others follow by index). */
  first: Row;
}

export interface Layout {
  rowCount: number;
  totalHeight: number;
  /** Events placed: the indexes run from 0 to this, excluded. */
  events: number;
  /** Row of each bucket's heading: "2025" for a year, "2025-06" for a month. */
  monthRow: Map<string, number>;
  /** -1 when today is outside the filtered range. */
  todayRow: number;
  runs: readonly Run[];
}

function bucketsInOrder(density: Density) {
  return [...density.months].filter((m) => m.count > 0).sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}

/**
 * Rows from the per-month counts alone: the whole shape of the timeline is known before a
 * single event is fetched. A bucket named by a year alone ("2025") holds year-precision events
 * and sits under the year heading, before its months. With `today`, the "today" marker goes
 * after every event dated before today (`eventsBeforeToday`, from the density) and before any
 * later heading.
 */
export function layOut(density: Density, today: { date: string; eventsBefore: number; followUps: number } | null): Layout {
  const buckets = bucketsInOrder(density);
  const yearTotals = new Map<string, number>();
  for (const b of buckets) yearTotals.set(b.month.slice(0, 4), (yearTotals.get(b.month.slice(0, 4)) ?? 0) + b.count);
  const runs: Run[] = [];
  const monthRow = new Map<string, number>();
  let row = 0;
  let top = 0;
  let todayRow = -1;
  const push = (first: Row, rows: number, height: number) => {
    if (rows <= 0) return;
    runs.push({ row, top, rows, height, first });
    row += rows;
    top += rows * height;
  };
  const placeToday = () => {
    if (!today || todayRow >= 0) return;
    todayRow = row;
    push({ type: 'today' }, 1, todayRowHeight(today.followUps));
  };
  let index = 0;
  let year = '';
  for (const b of buckets) {
    const y = b.month.slice(0, 4);
    if (y !== year) {
      year = y;
      if (today && y > today.date.slice(0, 4)) placeToday();
      monthRow.set(y, row);
      push({ type: 'year', year: y, count: yearTotals.get(y) ?? 0 }, 1, ROW_HEIGHT.year);
    }
    if (b.month.length > 4) {
      if (today && b.month > today.date.slice(0, 7)) placeToday();
      monthRow.set(b.month, row);
      push({ type: 'month', month: b.month, count: b.count }, 1, ROW_HEIGHT.month);
    }
    // The marker may fall inside a bucket: its events before today, the marker, the rest.
    const split = today && todayRow < 0 && today.eventsBefore < index + b.count ? Math.max(index, today.eventsBefore) : index + b.count;
    push({ type: 'event', index, month: b.month }, split - index, ROW_HEIGHT.event);
    if (split < index + b.count) {
      placeToday();
      push({ type: 'event', index: split, month: b.month }, index + b.count - split, ROW_HEIGHT.event);
    }
    index += b.count;
  }
  placeToday();
  return { rowCount: row, totalHeight: top, events: index, monthRow, todayRow, runs };
}

/** The run holding a row (or the last run starting at or before a pixel offset): a binary search. */
function runAt(layout: Layout, key: 'row' | 'top', value: number): Run | undefined {
  const runs = layout.runs;
  let lo = 0;
  let hi = runs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[mid]![key] <= value) lo = mid;
    else hi = mid - 1;
  }
  return runs[lo];
}

export function rowAt(layout: Layout, i: number): Row | undefined {
  if (i < 0 || i >= layout.rowCount) return undefined;
  const run = runAt(layout, 'row', i)!;
  return run.first.type === 'event' ? { type: 'event', index: run.first.index + (i - run.row), month: run.first.month } : run.first;
}

export function rowBox(layout: Layout, i: number): { top: number; height: number } {
  const run = runAt(layout, 'row', Math.max(0, Math.min(i, layout.rowCount - 1)));
  if (!run) return { top: 0, height: 0 };
  return { top: run.top + (i - run.row) * run.height, height: run.height };
}

/** The row under a pixel offset, clamped to the rows there are. */
export function rowAtOffset(layout: Layout, offset: number): number {
  if (layout.rowCount === 0) return -1;
  const run = runAt(layout, 'top', Math.max(0, offset))!;
  return Math.min(run.row + Math.min(run.rows - 1, Math.floor((Math.max(0, offset) - run.top) / run.height)), layout.rowCount - 1);
}

/** Every row, in order: for tests and small timelines only. */
export function allRows(layout: Layout): Row[] {
  return Array.from({ length: layout.rowCount }, (_, i) => rowAt(layout, i)!);
}

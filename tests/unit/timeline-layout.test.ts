/**
 * The timeline's layout is runs of rows built from the density alone: checked row by row against
 * the plain one-object-per-row model it replaced, and for finding rows by offset both ways.
 */
import { describe, expect, it } from 'vitest';
import type { Density } from '../../core/records.ts';
import { groupDigits } from '../../renderer/src/timeline/numbers.ts';
import { allRows, layOut, type Row, ROW_HEIGHT, rowAt, rowAtOffset, rowBox, todayRowHeight } from '../../renderer/src/timeline/rows.ts';

/** The model: every row an object, the today marker spliced in before the first later heading or event. */
function model(density: Density, today: { date: string; eventsBefore: number } | null): Row[] {
  const rows: Row[] = [];
  const buckets = [...density.months].filter((m) => m.count > 0).sort((a, b) => (a.month < b.month ? -1 : 1));
  const yearTotals = new Map<string, number>();
  for (const b of buckets) yearTotals.set(b.month.slice(0, 4), (yearTotals.get(b.month.slice(0, 4)) ?? 0) + b.count);
  let index = 0;
  let year = '';
  for (const b of buckets) {
    const y = b.month.slice(0, 4);
    if (y !== year) rows.push({ type: 'year', year: (year = y), count: yearTotals.get(y)! });
    if (b.month.length > 4) rows.push({ type: 'month', month: b.month, count: b.count });
    for (let i = 0; i < b.count; i++) rows.push({ type: 'event', index: index++, month: b.month });
  }
  if (!today) return rows;
  let at = rows.findIndex(
    (r) => (r.type === 'year' && r.year > today.date.slice(0, 4)) || (r.type === 'month' && r.month > today.date.slice(0, 7)) || (r.type === 'event' && r.index >= today.eventsBefore),
  );
  if (at < 0) at = rows.length;
  return [...rows.slice(0, at), { type: 'today' }, ...rows.slice(at)];
}

const density = (months: [string, number][]): Density => ({ months: months.map(([month, count]) => ({ month, count })), total: months.reduce((n, [, c]) => n + c, 0) });
const sample = density([['2024-12', 2], ['2025', 1], ['2025-01', 3], ['2025-06', 4], ['2026-02', 1]]);

describe('layOut', () => {
  const cases: [string, { date: string; eventsBefore: number } | null][] = [
    ['no today marker', null],
    ['today before everything', { date: '2020-01-01', eventsBefore: 0 }],
    ['today inside a month', { date: '2025-06-15', eventsBefore: 8 }],
    ['today at the start of a month', { date: '2025-06-01', eventsBefore: 6 }],
    ['today in a month with no events', { date: '2025-09-10', eventsBefore: 10 }],
    ['today in a later year', { date: '2025-12-31', eventsBefore: 10 }],
    ['today after everything', { date: '2030-01-01', eventsBefore: 11 }],
  ];
  for (const [name, today] of cases) {
    it(`draws the same rows as one object per row: ${name}`, () => {
      const layout = layOut(sample, today && { ...today, followUps: 2 });
      const rows = model(sample, today);
      expect(allRows(layout)).toEqual(rows);
      expect(layout.todayRow).toBe(rows.findIndex((r) => r.type === 'today'));
      const heights = rows.map((r) => (r.type === 'today' ? todayRowHeight(2) : ROW_HEIGHT[r.type]));
      expect(layout.totalHeight).toBe(heights.reduce((a, b) => a + b, 0));
      let top = 0;
      heights.forEach((h, i) => {
        expect(rowBox(layout, i)).toEqual({ top, height: h });
        expect(rowAtOffset(layout, top)).toBe(i);
        expect(rowAtOffset(layout, top + h - 1)).toBe(i);
        top += h;
      });
      for (const [key, row] of layout.monthRow) {
        const r = rowAt(layout, row)!;
        expect(r.type === 'year' ? r.year : r.type === 'month' ? r.month : null).toBe(key);
      }
    });
  }

  it('keeps to a few runs per month however many events there are', () => {
    const big = density(Array.from({ length: 360 }, (_, i) => [`${1996 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, 300]));
    const layout = layOut(big, { date: '2026-06-15', eventsBefore: 108_000, followUps: 9 });
    expect(layout.runs.length).toBeLessThan(360 * 2 + 30 + 3);
    expect(layout.events).toBe(108_000);
    expect(rowAt(layout, layout.rowCount - 1)).toEqual({ type: 'today' });
    expect(rowAtOffset(layout, layout.totalHeight + 500)).toBe(layout.rowCount - 1);
    expect(rowAtOffset(layout, -50)).toBe(0);
  });

  it('is empty but for the marker on an empty store', () => {
    const layout = layOut({ months: [], total: 0 }, { date: '2026-06-15', eventsBefore: 0, followUps: 0 });
    expect(allRows(layout)).toEqual([{ type: 'today' }]);
    expect(layout.events).toBe(0);
    expect(layOut({ months: [], total: 0 }, null).rowCount).toBe(0);
  });
});

describe('groupDigits', () => {
  it('writes counts as toLocaleString does for en-GB and fr-FR', () => {
    for (const n of [0, 7, 999, 1000, 12345, 100000, 1234567]) {
      expect(groupDigits(n, ',')).toBe(n.toLocaleString('en-GB'));
      expect(groupDigits(n, '\u202f')).toBe(n.toLocaleString('fr-FR'));
    }
  });
});

/** The pure due rules, with "today" passed in: no clock, no database. */
import { describe, expect, it } from 'vitest';
import { bucketOf, effectiveSpan, horizon } from '../../core/due.ts';
import type { Due } from '../../core/records.ts';

const onDay = (date: string, snoozedUntil: string | null = null) => ({ due: { kind: 'date', date } as Due, snoozedUntil });
const inWindow = (from: string, to: string, snoozedUntil: string | null = null) => ({ due: { kind: 'window', from, to } as Due, snoozedUntil });

describe('effectiveSpan', () => {
  it('is the day itself for a date', () => expect(effectiveSpan(onDay('2025-07-01'))).toEqual({ from: '2025-07-01', to: '2025-07-01' }));
  it('is the window for a window', () => expect(effectiveSpan(inWindow('2025-07-01', '2025-07-31'))).toEqual({ from: '2025-07-01', to: '2025-07-31' }));
  it('starts at the snooze day when later than the start', () => expect(effectiveSpan(inWindow('2025-07-01', '2025-07-31', '2025-07-10'))).toEqual({ from: '2025-07-10', to: '2025-07-31' }));
  it('ends at the snooze day when snoozed past the end', () => expect(effectiveSpan(onDay('2025-07-01', '2025-08-01'))).toEqual({ from: '2025-08-01', to: '2025-08-01' }));
  it('ignores a snooze earlier than the start', () => expect(effectiveSpan(onDay('2025-07-10', '2025-07-01'))).toEqual({ from: '2025-07-10', to: '2025-07-10' }));
});

describe('bucketOf', () => {
  it.each([
    ['2025-06-30', 'overdue'],
    ['2025-07-01', 'today'],
    ['2025-07-02', 'upcoming'],
    ['2025-07-08', 'upcoming'],
    ['2025-07-09', 'later'],
  ] as const)('a follow-up due %s is %s on 1 July with 7 days ahead', (date, bucket) => {
    expect(bucketOf(onDay(date), '2025-07-01', 7)).toBe(bucket);
  });

  it('treats a window open today as today, even if it started long ago', () => {
    expect(bucketOf(inWindow('2025-01-01', '2025-12-31'), '2025-07-01', 7)).toBe('today');
  });

  it('treats a window that ended yesterday as overdue', () => {
    expect(bucketOf(inWindow('2025-06-01', '2025-06-30'), '2025-07-01', 7)).toBe('overdue');
  });

  it('sees 29 February as upcoming from 28 February with one day ahead, in 2024 and 2028', () => {
    expect(bucketOf(onDay('2024-02-29'), '2024-02-28', 1)).toBe('upcoming');
    expect(bucketOf(onDay('2028-02-29'), '2028-02-28', 1)).toBe('upcoming');
    expect(bucketOf(onDay('2028-03-01'), '2028-02-28', 1)).toBe('later');
  });

  it('sees 1 January as upcoming from 31 December', () => {
    expect(bucketOf(onDay('2026-01-01'), '2025-12-31', 1)).toBe('upcoming');
  });

  it('with 0 days ahead, has nothing upcoming', () => {
    expect(bucketOf(onDay('2025-07-02'), '2025-07-01', 0)).toBe('later');
  });
});

describe('horizon', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-01'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2028-02-28', 2, '2028-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-07-01', 0, '2025-07-01'],
    ['2025-03-29', 3, '2025-04-01'],
  ] as const)('from %s, %i days ahead reaches %s', (today, days, expected) => {
    expect(horizon(today, days)).toBe(expected);
  });
});

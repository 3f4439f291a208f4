/** Calendar dates: validity, the stored form of imprecise dates, period ends and day arithmetic. */
import { describe, expect, it } from 'vitest';
import { addCalendarDays, calendarDateProblem, daysBetween, isCalendarDate, normaliseDate, periodEnd } from '../../core/dates.ts';

describe('calendarDateProblem', () => {
  it.each(['2025-06-23', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31'])('accepts %s', (d) => {
    expect(calendarDateProblem(d)).toBeNull();
    expect(isCalendarDate(d)).toBe(true);
  });

  it.each(['2025-02-30', '2025-02-29', '1900-02-29', '2100-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00', '0000-01-01'])(
    'says %s is not a calendar date',
    (d) => expect(calendarDateProblem(d)).toBe(`${d} is not a calendar date`),
  );

  it.each(['23/06/2025', '2025-6-23', '2025-06-23T00:00:00Z', '', ' 2025-06-23', '２０２５-06-23'])('says %j is not in the form YYYY-MM-DD', (d) => {
    expect(calendarDateProblem(d)).toBe(`${d} is not a date in the form YYYY-MM-DD`);
  });
});

describe('normaliseDate', () => {
  it('keeps a day as day precision', () => expect(normaliseDate('2025-06-23')).toEqual({ date: '2025-06-23', precision: 'day' }));
  it('reads YYYY-MM as the first of the month at month precision', () => expect(normaliseDate('2025-06')).toEqual({ date: '2025-06-01', precision: 'month' }));
  it('reads YYYY as 1 January at year precision', () => expect(normaliseDate('2025')).toEqual({ date: '2025-01-01', precision: 'year' }));
  it('moves a day to the head of its period when a coarser precision is given', () => {
    expect(normaliseDate('2025-06-23', 'month')).toEqual({ date: '2025-06-01', precision: 'month' });
    expect(normaliseDate('2025-06-23', 'year')).toEqual({ date: '2025-01-01', precision: 'year' });
  });
  it('trims surrounding spaces', () => expect(normaliseDate(' 2025-06 ')).toEqual({ date: '2025-06-01', precision: 'month' }));
  it('refuses month 13 as a month', () => expect(normaliseDate('2025-13')).toEqual({ problem: '2025-13 is not a calendar month or year' }));
  it('refuses an impossible day', () => expect(normaliseDate('2025-02-30')).toEqual({ problem: '2025-02-30 is not a calendar date' }));
  it('refuses words', () => expect(normaliseDate('juin 2025')).toHaveProperty('problem'));
});

describe('periodEnd', () => {
  it.each([
    ['2025-06-23', 'day', '2025-06-23'],
    ['2025-06-01', 'month', '2025-06-30'],
    ['2025-01-01', 'month', '2025-01-31'],
    ['2025-02-01', 'month', '2025-02-28'],
    ['2024-02-01', 'month', '2024-02-29'],
    ['2028-02-01', 'month', '2028-02-29'],
    ['2100-02-01', 'month', '2100-02-28'],
    ['2000-02-01', 'month', '2000-02-29'],
    ['2025-12-01', 'month', '2025-12-31'],
    ['2025-01-01', 'year', '2025-12-31'],
  ] as const)('%s at %s precision ends %s', (date, precision, end) => {
    expect(periodEnd(date, precision)).toBe(end);
  });
});

describe('addCalendarDays and daysBetween', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-01'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2028-02-29', 365, '2029-02-28'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-03-29', 2, '2025-03-31'],
    ['2025-10-25', 2, '2025-10-27'],
  ] as const)('%s plus %i days is %s, and back', (from, days, to) => {
    expect(addCalendarDays(from, days)).toBe(to);
    expect(daysBetween(from, to)).toBe(days);
  });

  it('counts 366 days in 2024 and 365 in 2025', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
  });
});

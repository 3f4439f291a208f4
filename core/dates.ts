// Per-function imports: the date-fns barrel loads ~880 modules, seconds of start-up for every CLI call.
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';

/** A calendar date where something happened, `YYYY-MM-DD`: never an instant, never shifted by a timezone. */
export type CalendarDate = string;
export type Precision = 'day' | 'month' | 'year';
export const PRECISIONS = ['day', 'month', 'year'] as const;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Null when valid, else the reason, worded for a person: `2025-02-30 is not a calendar date`. */
export function calendarDateProblem(value: string): string | null {
  const m = ISO_DAY.exec(value);
  if (!m) return `${value} is not a date in the form YYYY-MM-DD`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  if (y < 1 || date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    return `${value} is not a calendar date`;
  }
  return null;
}

export function isCalendarDate(value: string): boolean {
  return calendarDateProblem(value) === null;
}

/** Parses a calendar date as a local-midnight Date for date-fns arithmetic; the timezone never matters because we only read the calendar fields back. */
export function toLocalDate(value: CalendarDate): Date {
  const d = parseISO(value);
  if (!isValid(d)) throw new RangeError(`${value} is not a calendar date`);
  return d;
}

export function fromLocalDate(date: Date): CalendarDate {
  return format(date, 'yyyy-MM-dd');
}

export function addCalendarDays(value: CalendarDate, days: number): CalendarDate {
  return fromLocalDate(addDays(toLocalDate(value), days));
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(toLocalDate(to), toLocalDate(from));
}

/** The calendar date of an instant in the user's own timezone: what "today" means to them. */
export function calendarDateOf(instant: Date): CalendarDate {
  return fromLocalDate(instant);
}

/**
 * Accepts `YYYY-MM-DD`, `YYYY-MM` or `YYYY` and an optional precision, and returns the stored form:
 * the first day of the period plus its precision, so imprecise events sort to the head of their month or year.
 */
export function normaliseDate(
  raw: string,
  precision?: Precision,
): { date: CalendarDate; precision: Precision } | { problem: string } {
  const trimmed = raw.trim();
  let date: string;
  let implied: Precision;
  if (/^\d{4}$/.test(trimmed)) {
    date = `${trimmed}-01-01`;
    implied = 'year';
  } else if (/^\d{4}-\d{2}$/.test(trimmed)) {
    date = `${trimmed}-01`;
    implied = 'month';
  } else {
    date = trimmed;
    implied = 'day';
  }
  const problem = calendarDateProblem(date);
  if (problem) return { problem: date === trimmed ? problem : `${trimmed} is not a calendar month or year` };
  const p = precision ?? implied;
  if (p === 'month') date = `${date.slice(0, 7)}-01`;
  if (p === 'year') date = `${date.slice(0, 4)}-01-01`;
  return { date, precision: p };
}

/** The last day covered by a date at its precision: 2025-06-01 at month precision ends 2025-06-30. */
export function periodEnd(date: CalendarDate, precision: Precision): CalendarDate {
  if (precision === 'day') return date;
  if (precision === 'year') return `${date.slice(0, 4)}-12-31`;
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${date.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}

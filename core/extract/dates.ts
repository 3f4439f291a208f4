import * as chrono from 'chrono-node';
import type { Precision } from '../dates.ts';
import { fromLocalDate, isCalendarDate, toLocalDate } from '../dates.ts';
import type { Lang } from '../taxonomy.ts';
import { foldWithMap, originalSpan } from './fold.ts';
import type { Span } from './types.ts';

export interface FoundDate extends Span {
  date: string;
  precision: Precision;
}

const MONTHS = ['janvier|january|jan', 'fevrier|february|feb', 'mars|march|mar', 'avril|april|apr', 'mai|may', 'juin|june|jun',
  'juillet|july|jul', 'aout|august|aug', 'septembre|september|sept|sep', 'octobre|october|oct', 'novembre|november|nov', 'decembre|december|dec'];
const MONTH_ALT = MONTHS.join('|');
const WEEKDAYS: [string, number][] = [['dimanche', 0], ['sunday', 0], ['lundi', 1], ['monday', 1], ['mardi', 2], ['tuesday', 2],
  ['mercredi', 3], ['wednesday', 3], ['jeudi', 4], ['thursday', 4], ['vendredi', 5], ['friday', 5], ['samedi', 6], ['saturday', 6]];

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (word: string) => MONTHS.findIndex((alt) => alt.split('|').includes(word));

/** chrono guesses a missing year from its reference; without an injected one we take the text's own first year, never the clock. */
function referenceFor(text: string, refDate: string | undefined): Date | null {
  if (refDate && isCalendarDate(refDate)) return toLocalDate(refDate);
  const y = /\b(19|20)\d{2}\b/.exec(text);
  return y ? new Date(Number(y[0]), 6, 1) : null;
}

/** Every day-precise date in the text, in order of appearance. */
export function findDays(text: string, lang: Lang, refDate?: string): FoundDate[] {
  const ref = referenceFor(text, refDate);
  if (!ref) return [];
  const parser = lang === 'fr' ? chrono.fr : chrono.en;
  const out: FoundDate[] = [];
  for (const r of parser.parse(text, ref)) {
    if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
    out.push({ date: fromLocalDate(r.start.date()), precision: 'day', start: r.index, end: r.index + r.text.length });
  }
  return out;
}

/** "en mars 2025", "in March 2025", "en 2025": the coarser dates chrono does not report. */
function findCoarse(text: string): FoundDate[] {
  const f = foldWithMap(text);
  const out: FoundDate[] = [];
  const monthYear = new RegExp(`(?<![\\p{L}\\d] ?)(?:(?:en|in|au mois de|courant|during) )?(${MONTH_ALT}) (\\d{4})\\b`, 'gu');
  for (const m of f.text.matchAll(monthYear)) {
    out.push({ date: `${m[2]}-${pad(monthOf(m[1]!) + 1)}-01`, precision: 'month', ...originalSpan(f, m.index, m.index + m[0].length) });
  }
  for (const m of f.text.matchAll(/\b(?:en|in|courant|during) ((?:19|20)\d{2})\b/g)) {
    out.push({ date: `${m[1]}-01-01`, precision: 'year', ...originalSpan(f, m.index, m.index + m[0].length) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "on Tuesday", "mardi": a bare weekday, which a dated article means as the latest such day on or before its dateline. */
function bareWeekday(text: string, within: Span): { day: number; span: Span } | null {
  const f = foldWithMap(text);
  const alt = WEEKDAYS.map(([w]) => w).join('|');
  const re = new RegExp(`\\b(?:on |ce |this |last )?(${alt})\\b(?!,? (?:\\d|le \\d|${MONTH_ALT}))`, 'g');
  for (const m of f.text.matchAll(re)) {
    const span = originalSpan(f, m.index, m.index + m[0].length);
    if (span.start < within.start || span.start > within.end) continue;
    return { day: WEEKDAYS.find(([w]) => w === m[1])![1], span };
  }
  return null;
}

/**
 * The event's date: the first full date in the text (a dateline counts), moved back to the weekday
 * the lead paragraph names when it names one; else the first month or year given on its own.
 */
export function findEventDate(text: string, lang: Lang, refDate?: string): FoundDate | null {
  const days = findDays(text, lang, refDate);
  const coarse = findCoarse(text).filter((c) => !days.some((d) => c.start < d.end && d.start < c.end));
  const first = days[0];
  if (first) {
    const wd = bareWeekday(text, { start: 0, end: first.end + 400 });
    if (wd) {
      const d = toLocalDate(first.date);
      const back = (d.getDay() - wd.day + 7) % 7;
      d.setDate(d.getDate() - back);
      return { date: fromLocalDate(d), precision: 'day', start: wd.span.start, end: wd.span.end };
    }
    return first;
  }
  return coarse[0] ?? null;
}

export { MONTH_ALT, pad };

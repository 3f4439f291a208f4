import { differenceInCalendarDays, endOfWeek } from 'date-fns';
import type { CalendarDate } from '../../../core/dates.ts';
import { toLocalDate } from '../../../core/dates.ts';
import type { Due } from '../../../core/records.ts';
import type { Lang } from '../../../core/taxonomy.ts';
import { dateLocale, formatDate } from '../ui/dates.ts';
import type { messages } from './messages.ts';

type M = (typeof messages)['en'];

/** "Due 1 July 2025" / "Between 24 June 2025 and 4 August 2025", in the interface language. */
export function formatDue(due: Due, lang: Lang, m: M): string {
  if (due.kind === 'date') return m.dueOn(formatDate(due.date, lang));
  return m.dueWithin(formatDate(due.from, lang), formatDate(due.to, lang));
}

/** How many days after today "this week" still runs, as the locale counts weeks (Monday in French and British English). */
export function daysLeftInWeek(today: CalendarDate, lang: Lang): number {
  const d = toLocalDate(today);
  const weekStartsOn = dateLocale(lang).options?.weekStartsOn ?? 1;
  return differenceInCalendarDays(endOfWeek(d, { weekStartsOn }), d);
}

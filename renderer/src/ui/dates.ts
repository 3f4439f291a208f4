import { format } from 'date-fns';
import type { Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { enUS } from 'date-fns/locale/en-US';
import { fr } from 'date-fns/locale/fr';
import type { CalendarDate, Precision } from '../../../core/dates.ts';
import { toLocalDate } from '../../../core/dates.ts';
import type { Lang } from '../../../core/taxonomy.ts';

/** English follows the system's variant for the first day of the week; the day-month-year order is ours. */
export function dateLocale(lang: Lang): Locale {
  if (lang === 'fr') return fr;
  return typeof navigator !== 'undefined' && navigator.language === 'en-US' ? enUS : enGB;
}

/** "23 juin 2025" / "23 June 2025"; "juin 2025" at month precision; "2025" at year precision. */
export function formatDate(date: CalendarDate, lang: Lang, precision: Precision = 'day'): string {
  const d = toLocalDate(date);
  const locale = dateLocale(lang);
  if (precision === 'year') return format(d, 'yyyy', { locale });
  if (precision === 'month') return format(d, 'LLLL yyyy', { locale });
  return format(d, 'd MMMM yyyy', { locale });
}

/** A short date for dense rows: "23 juin" / "23 Jun". */
export function formatShortDate(date: CalendarDate, lang: Lang): string {
  return format(toLocalDate(date), lang === 'fr' ? 'd MMM' : 'd MMM', { locale: dateLocale(lang) });
}

/** An event's date with its span: "23–25 June 2025", "30 June – 2 July 2025". */
export function formatSpan(date: CalendarDate, endDate: CalendarDate | null, precision: Precision, lang: Lang): string {
  if (!endDate || endDate === date || precision !== 'day') return formatDate(date, lang, precision);
  const locale = dateLocale(lang);
  const a = toLocalDate(date);
  const b = toLocalDate(endDate);
  if (date.slice(0, 7) === endDate.slice(0, 7)) return `${format(a, 'd', { locale })}–${format(b, 'd MMMM yyyy', { locale })}`;
  if (date.slice(0, 4) === endDate.slice(0, 4)) return `${format(a, 'd MMMM', { locale })} – ${format(b, 'd MMMM yyyy', { locale })}`;
  return `${formatDate(date, lang)} – ${formatDate(endDate, lang)}`;
}

/** "2025-06" → "juin 2025" / "June 2025". */
export function formatMonth(month: string, lang: Lang): string {
  return format(toLocalDate(`${month}-01`), 'LLLL yyyy', { locale: dateLocale(lang) });
}

/** "2025-06" → "juin" / "June". */
export function formatMonthName(month: string, lang: Lang): string {
  return format(toLocalDate(`${month}-01`), 'LLLL', { locale: dateLocale(lang) });
}

/** An ISO instant (history, created/updated) in the user's own timezone. */
export function formatInstant(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return format(d, lang === 'fr' ? "d MMMM yyyy 'à' HH:mm" : "d MMMM yyyy 'at' HH:mm", { locale: dateLocale(lang) });
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

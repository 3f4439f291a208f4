/** Human output: dates through date-fns in the chosen language, and search hits marked for the eye. */
// Deep imports: the date-fns barrels load hundreds of modules, seconds of start-up for a one-shot command.
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { fr } from 'date-fns/locale/fr';
import { countryName } from '../core/countries.ts';
import { toLocalDate } from '../core/dates.ts';
import type { CalendarDate, Precision } from '../core/dates.ts';
import type { Due, SnippetPart } from '../core/records.ts';
import type { Lang } from '../core/taxonomy.ts';

const LOCALES = { en: enGB, fr } as const;
const PATTERNS: Record<Precision, string> = { day: 'd MMMM yyyy', month: 'MMMM yyyy', year: 'yyyy' };

export function formatDate(date: CalendarDate, lang: Lang, precision: Precision = 'day'): string {
  return format(toLocalDate(date), PATTERNS[precision], { locale: LOCALES[lang] });
}

export function formatEventDate(e: { date: CalendarDate; precision: Precision; endDate: CalendarDate | null }, lang: Lang): string {
  const start = formatDate(e.date, lang, e.precision);
  return e.endDate && e.endDate !== e.date ? `${start} – ${formatDate(e.endDate, lang)}` : start;
}

export function formatDue(due: Due, lang: Lang): string {
  if (due.kind === 'date') return formatDate(due.date, lang);
  return `${formatDate(due.from, lang)} – ${formatDate(due.to, lang)}`;
}

export function formatCountries(codes: readonly string[], lang: Lang): string {
  return codes.map((c) => countryName(c, lang)).join(', ');
}

const BOLD = '\u001b[1m';
const NORMAL = '\u001b[22m';

export function formatSnippet(parts: readonly SnippetPart[], emphasis: boolean): string {
  return parts
    .map((p) => (p.hit ? (emphasis ? `${BOLD}${p.text}${NORMAL}` : `«${p.text}»`) : p.text))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The place after a title, unless the title already names it ("Consultations à Bamako", Bamako). */
export function placeSuffix(title: string, place: { name: string } | null): string {
  return place && !title.toLowerCase().includes(place.name.toLowerCase()) ? `, ${place.name}` : '';
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

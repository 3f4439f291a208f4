/**
 * Turns the vague wording diplomats use for a follow-up ("dans les prochaines semaines",
 * "by the end of July") into a proposed window of calendar dates, relative to the event's date.
 * The user accepts or edits the proposal; the wording itself is always kept, because the
 * phrase is what was actually said and the window is only our reading of it.
 *
 * Pure: no clock, no locale. Windows start the day after the reference (what was said on the
 * day refers to what comes after it) unless the phrase names a whole period ("next month").
 */
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { endOfWeek } from 'date-fns/endOfWeek';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { startOfWeek } from 'date-fns/startOfWeek';
import { fromLocalDate, isCalendarDate, toLocalDate } from './dates.ts';
import type { CalendarDate } from './dates.ts';
import { fold } from './text.ts';

export interface VagueWindow {
  from: CalendarDate;
  to: CalendarDate;
}

/** How long the open-ended phrases reach, in one place so the UI can explain them. */
export const VAGUE_SPANS = {
  comingDays: { days: 7 },
  comingWeeks: { weeks: 6 },
  comingMonths: { months: 3 },
  soon: { months: 1 },
} as const;

/** French and English month names and the abbreviations people type, already folded. */
const MONTHS: readonly (readonly string[])[] = [
  ['janvier', 'janv', 'january', 'jan'],
  ['fevrier', 'fevr', 'fev', 'february', 'feb'],
  ['mars', 'march', 'mar'],
  ['avril', 'avr', 'april', 'apr'],
  ['mai', 'may'],
  ['juin', 'june', 'jun'],
  ['juillet', 'juil', 'july', 'jul'],
  ['aout', 'august', 'aug'],
  ['septembre', 'sept', 'september', 'sep'],
  ['octobre', 'oct', 'october'],
  ['novembre', 'nov', 'november'],
  ['decembre', 'dec', 'december'],
];
const MONTH_ALT = MONTHS.flat()
  .sort((a, b) => b.length - a.length)
  .join('|');

const NUMBER_WORDS: Record<string, number> = {
  un: 1, une: 1, a: 1, an: 1, one: 1,
  deux: 2, two: 2, couple: 2,
  trois: 3, three: 3,
  quatre: 4, four: 4,
  cinq: 5, five: 5,
  six: 6,
  sept: 7, seven: 7,
  huit: 8, eight: 8,
  neuf: 9, nine: 9,
  dix: 10, ten: 10,
  onze: 11, eleven: 11,
  douze: 12, twelve: 12,
  quinze: 15, fifteen: 15,
};
const NUMBER_ALT = `\\d{1,3}|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')}`;

type Unit = 'day' | 'week' | 'month' | 'year';
const UNIT_ALT = 'jours?|journees?|days?|semaines?|weeks?|mois|months?|ans?|annees?|years?';

function unitOf(word: string): Unit {
  if (/^(jour|journee|day)/.test(word)) return 'day';
  if (/^(semaine|week)/.test(word)) return 'week';
  if (/^(mois|month)/.test(word)) return 'month';
  return 'year';
}

function numberOf(word: string | undefined): number | null {
  if (word === undefined) return 1;
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word] ?? null;
}

function monthIndexOf(word: string): number {
  return MONTHS.findIndex((names) => names.includes(word));
}

/** Lower case, no accents, apostrophes and hyphens as spaces: "D’ici fin-juillet." → "d ici fin juillet". */
export function normalisePhrase(phrase: string): string {
  return fold(phrase)
    .replace(/['"«»“”.,;:!?()\-–—/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Context {
  ref: Date;
  /** The day after the reference: where open-ended windows start. */
  next: Date;
}

type Rule = { pattern: RegExp; window: (m: RegExpExecArray, c: Context) => [Date, Date] | null };

const add = (d: Date, n: number, unit: Unit): Date =>
  unit === 'day' ? addDays(d, n) : unit === 'week' ? addWeeks(d, n) : unit === 'month' ? addMonths(d, n) : addYears(d, n);

const ymd = (y: number, m: number, d: number): Date => new Date(y, m, d);

/** The first occurrence of month `m` whose last day is on or after the reference. */
function nextMonthOnOrAfter(ref: Date, m: number, explicitYear?: number): Date {
  if (explicitYear !== undefined) return ymd(explicitYear, m, 1);
  const y = ref.getFullYear();
  return m >= ref.getMonth() ? ymd(y, m, 1) : ymd(y + 1, m, 1);
}

/**
 * The occurrence of a yearly period ("the autumn", "Q1") that the phrase means: the one under way on
 * the reference day (clipped to start tomorrow), else the next one to start. With `following`,
 * the one after the period under way ("l'automne prochain" said in October means next year's).
 */
function upcomingPeriod(c: Context, periodFor: (year: number) => [Date, Date], following = false): [Date, Date] {
  const y = c.ref.getFullYear();
  for (const year of [y - 1, y, y + 1]) {
    const [start, end] = periodFor(year);
    if (end < c.next) continue;
    if (start > c.ref) return [start, end];
    return following ? periodFor(year + 1) : [c.next, end];
  }
  return periodFor(y + 1);
}

function explicitYear(word: string | undefined): number | undefined {
  return word === undefined ? undefined : Number(word);
}

/** Seasons as the meteorological seasons (whole months), which is how planning calendars talk. */
const SEASONS: Record<string, (year: number) => [Date, Date]> = {
  spring: (y) => [ymd(y, 2, 1), ymd(y, 4, 31)],
  summer: (y) => [ymd(y, 5, 1), ymd(y, 7, 31)],
  autumn: (y) => [ymd(y, 8, 1), ymd(y, 10, 30)],
  // Winter straddles the new year: the winter "of" a year starts in its December.
  winter: (y) => [ymd(y, 11, 1), lastDayOfMonth(ymd(y + 1, 1, 1))],
};

function seasonOf(word: string): keyof typeof SEASONS {
  if (/^(printemps|spring)/.test(word)) return 'spring';
  if (/^(ete|summer)/.test(word)) return 'summer';
  if (/^(automne|autumn|fall)/.test(word)) return 'autumn';
  return 'winter';
}

const ORDINALS: Record<string, number> = {
  premier: 1, '1er': 1, first: 1, '1st': 1,
  deuxieme: 2, second: 2, seconde: 2, '2e': 2, '2eme': 2, '2nd': 2,
  troisieme: 3, third: 3, '3e': 3, '3eme': 3, '3rd': 3,
  quatrieme: 4, fourth: 4, dernier: 4, last: 4, '4e': 4, '4eme': 4, '4th': 4,
};
const ORDINAL_ALT = Object.keys(ORDINALS).sort((a, b) => b.length - a.length).join('|');

/** "by 15 July": from tomorrow to that day, the next such day when no year is given; null for 31 June. */
function byDay(c: Context, day: number, month: number, yearWord: string | undefined): [Date, Date] | null {
  let year = explicitYear(yearWord) ?? c.ref.getFullYear();
  if (yearWord === undefined && ymd(year, month, day) < c.next) year += 1;
  const end = ymd(year, month, day);
  if (end.getMonth() !== month || end.getDate() !== day) return null;
  return [c.next, end];
}

const BY = '(?:d ici|d ici a|jusqu a|avant|by|before|until|till|no later than|au plus tard)';
const END = '(?:(?:la )?fin(?: du mois)?(?: de| d)?|the end of|end of|end|late)';
const YEAR = '(\\d{4})';

/** Ordered: specific phrases before the general ones they contain. */
const RULES: Rule[] = [
  // "d'ici fin juillet", "by the end of July 2026", "avant fin juillet"
  {
    pattern: new RegExp(`\\b${BY} ?(?:la )?${END} ?(?:de |d )?(?:(?:du )?mois (?:de |d )?)?(${MONTH_ALT})(?: ${YEAR})?\\b`),
    window: (m, c) => {
      const start = nextMonthOnOrAfter(c.ref, monthIndexOf(m[1]!), explicitYear(m[2]));
      return [c.next, lastDayOfMonth(start)];
    },
  },
  // "by 15 July", "avant le 15 juillet 2026", "au plus tard le 1er septembre"
  {
    pattern: new RegExp(`\\b${BY} (?:le |the )?(\\d{1,2})(?:er|st|nd|rd|th)? (?:of )?(${MONTH_ALT})(?: ${YEAR})?\\b`),
    window: (m, c) => byDay(c, Number(m[1]), monthIndexOf(m[2]!), m[3]),
  },
  // "by July 15", "before July 15th, 2026"
  {
    pattern: new RegExp(`\\b${BY} (?:the )?(${MONTH_ALT}) (\\d{1,2})(?:st|nd|rd|th)?(?: ${YEAR})?\\b`),
    window: (m, c) => byDay(c, Number(m[2]), monthIndexOf(m[1]!), m[3]),
  },
  // "avant la fin de l'année", "by the end of the year", "by year end", "d'ici la fin de l'année"
  {
    pattern: /\b(?:(?:d ici|avant|by|before|until) )?(?:la )?(?:the )?(?:fin (?:de )?(?:l )?(?:annee|an)(?: en cours)?|end of (?:the |this )?year|year end|year s end|end of year)\b/,
    window: (_m, c) => [c.next, ymd(c.ref.getFullYear(), 11, 31)],
  },
  // "d'ici la fin du mois", "by the end of the month"
  {
    pattern: /\b(?:(?:d ici|avant|by|before|until) )?(?:la )?(?:the )?(?:fin du mois|end of (?:the |this )?month|month end)\b/,
    window: (_m, c) => [c.next, lastDayOfMonth(c.ref)],
  },
  // "d'ici la fin de la semaine", "by the end of the week"
  {
    pattern: /\b(?:(?:d ici|avant|by|before|until) )?(?:la )?(?:the )?(?:fin de (?:la )?semaine|end of (?:the |this )?week)\b/,
    window: (_m, c) => [c.next, endOfWeek(c.ref, { weekStartsOn: 1 })],
  },
  // "au cours du premier trimestre", "in the first quarter", "T1", "Q3 2026"
  {
    pattern: new RegExp(`\\b(?:(${ORDINAL_ALT}) (?:trimestre|quarter)|[tq]([1-4]))(?: ${YEAR})?\\b`),
    window: (m, c) => {
      const q = m[1] !== undefined ? ORDINALS[m[1]]! : Number(m[2]);
      const period = (y: number): [Date, Date] => [ymd(y, (q - 1) * 3, 1), lastDayOfMonth(ymd(y, (q - 1) * 3 + 2, 1))];
      return m[3] !== undefined ? period(Number(m[3])) : upcomingPeriod(c, period);
    },
  },
  // "au premier semestre", "in the second half of the year", "S2"
  {
    pattern: new RegExp(`\\b(?:(${ORDINAL_ALT}) (?:semestre|half)|s([12]))(?: (?:of the year|de l annee))?(?: ${YEAR})?\\b`),
    window: (m, c) => {
      const n = m[1] !== undefined ? ORDINALS[m[1]]! : Number(m[2]);
      // "dernier semestre"/"last half" is the second; a third half does not exist.
      const h = n === 4 && /^(?:dernier|last)/.test(m[0]) ? 2 : n;
      if (h > 2) return null;
      const period = (y: number): [Date, Date] => (h === 1 ? [ymd(y, 0, 1), ymd(y, 5, 30)] : [ymd(y, 6, 1), ymd(y, 11, 31)]);
      return m[3] !== undefined ? period(Number(m[3])) : upcomingPeriod(c, period);
    },
  },
  // "à l'automne", "in the autumn", "cet été", "au printemps 2026", "next winter"
  {
    pattern: new RegExp(`\\b(?:(?:a |au |en |in |this |next |cet |ce |the |l )+)?(printemps|ete|automne|hiver|spring|summer|autumn|fall|winter)(?: (prochain|prochaine))?(?: ${YEAR})?\\b`),
    window: (m, c) => {
      const word = m[1]!;
      const prefix = m[0].slice(0, m[0].indexOf(word)).trim().split(' ');
      // "été" and "fall" are also ordinary words ("a été reporté", "talks may fall through"): only after an article or with a year.
      const articled = prefix.some((w) => ['en', 'l', 'cet', 'ce', 'this', 'next', 'the', 'in'].includes(w));
      if ((word === 'ete' || word === 'fall') && !articled && m[2] === undefined && m[3] === undefined) return null;
      const period = SEASONS[seasonOf(word)]!;
      if (m[3] !== undefined) return period(Number(m[3]));
      const saysNext = m[2] !== undefined || /\bnext\b/.test(m[0]);
      return upcomingPeriod(c, period, saysNext);
    },
  },
  // "le mois prochain", "next month", "le mois suivant"
  {
    pattern: /\b(?:(?:le |au cours du |dans le |courant du )?(?:mois (?:prochain|suivant)|prochain mois)|(?:the |during the |in the )?(?:next|following|coming) month)\b/,
    window: (_m, c) => {
      const start = addMonths(ymd(c.ref.getFullYear(), c.ref.getMonth(), 1), 1);
      return [start, lastDayOfMonth(start)];
    },
  },
  // "la semaine prochaine", "next week"
  {
    pattern: /\b(?:(?:la |dans la |au cours de la |courant de la )?(?:semaine (?:prochaine|suivante)|prochaine semaine)|(?:the |during the )?(?:next|following|coming) week)\b/,
    window: (_m, c) => {
      const start = startOfWeek(addWeeks(c.ref, 1), { weekStartsOn: 1 });
      return [start, endOfWeek(start, { weekStartsOn: 1 })];
    },
  },
  // "l'année prochaine", "next year"
  {
    pattern: /\b(?:(?:l |d ici l |dans l |au cours de l )?annee (?:prochaine|suivante)|(?:the )?(?:next|following|coming) year)\b/,
    window: (_m, c) => {
      const y = c.ref.getFullYear() + 1;
      return [ymd(y, 0, 1), ymd(y, 11, 31)];
    },
  },
  // "cette semaine", "this week"
  {
    pattern: /\b(?:cette semaine|this week|later this week|plus tard cette semaine)\b/,
    window: (_m, c) => [c.next, endOfWeek(c.ref, { weekStartsOn: 1 })],
  },
  // "ce mois-ci", "this month", "dans le courant du mois"
  {
    pattern: /\b(?:ce mois ci|ce mois|this month|later this month|courant du mois)\b/,
    window: (_m, c) => [c.next, lastDayOfMonth(c.ref)],
  },
  // "cette année", "this year", "later this year"
  {
    pattern: /\b(?:cette annee|this year|later this year|plus tard cette annee)\b/,
    window: (_m, c) => [c.next, ymd(c.ref.getFullYear(), 11, 31)],
  },
  // "d'ici deux mois", "within two months", "dans les trois prochaines semaines", "in the next 10 days", "sous huitaine"
  {
    pattern: new RegExp(
      `\\b(?:d ici|within|sous|under|in the next|in the coming|over the next|over the coming|during the next|dans les|au cours des|in|dans) (?:(?:the|a|les|des) )?(${NUMBER_ALT}) (?:(?:prochain|prochaine|prochains|prochaines|next|coming) )?(${UNIT_ALT})(?: (?:prochain|prochaine|prochains|prochaines|a venir|qui viennent|suivants|suivantes))?\\b`,
    ),
    window: (m, c) => {
      const n = numberOf(m[1]);
      if (n === null || n < 1 || n > 366) return null;
      const unit = unitOf(m[2]!);
      // "dans deux semaines" without "les"/"d'ici" names a point, not a span: a week either side of it.
      if (/^(?:in|dans) /.test(m[0]) && !/^(?:in|dans) (?:the|les|des) /.test(m[0])) {
        const at = add(c.ref, n, unit);
        const slack = unit === 'day' ? 1 : unit === 'week' ? 3 : unit === 'month' ? 7 : 30;
        const from = addDays(at, -slack);
        return [from > c.next ? from : c.next, addDays(at, slack)];
      }
      return [c.next, add(c.ref, n, unit)];
    },
  },
  // "sous huitaine", "sous quinzaine", "within a fortnight"
  {
    pattern: /\b(?:sous (huitaine|quinzaine)|(?:within|in) (?:a |the next )?fortnight)\b/,
    window: (m, c) => [c.next, addDays(c.ref, m[1] === 'huitaine' ? 8 : 15)],
  },
  // "dans les prochains jours", "in the coming days", "in the next few days", "shortly"
  {
    pattern: /\b(?:(?:dans |au cours )?(?:les |des )?(?:tout )?prochains jours|jours (?:a venir|qui viennent|prochains)|(?:in |over |during )?the (?:next|coming) (?:few )?days|in (?:a few|the next few) days|d ici quelques jours|dans quelques jours|in days)\b/,
    window: (_m, c) => [c.next, add(c.ref, VAGUE_SPANS.comingDays.days, 'day')],
  },
  // "dans les prochaines semaines", "in the coming weeks", "in the next few weeks"
  {
    pattern: /\b(?:(?:dans |au cours )?(?:les |des )?prochaines semaines|semaines (?:a venir|qui viennent|prochaines)|(?:in |over |during )?the (?:next|coming) (?:few )?weeks|in (?:a few|the next few) weeks|d ici quelques semaines|dans quelques semaines|in weeks|within weeks)\b/,
    window: (_m, c) => [c.next, add(c.ref, VAGUE_SPANS.comingWeeks.weeks, 'week')],
  },
  // "dans les prochains mois", "in the coming months"
  {
    pattern: /\b(?:(?:dans |au cours )?(?:les |des )?prochains mois|mois (?:a venir|qui viennent|prochains)|(?:in |over |during )?the (?:next|coming) (?:few )?months|in (?:a few|the next few) months|d ici quelques mois|dans quelques mois|within months)\b/,
    window: (_m, c) => [c.next, add(c.ref, VAGUE_SPANS.comingMonths.months, 'month')],
  },
  // "en juillet", "in July 2026", "courant juillet", "fin juillet", "début septembre"
  {
    pattern: new RegExp(`\\b(?:(debut|early|mi|mid|fin|late|end of) )?(?:(?:en|in|courant|during|dans le courant de|au mois de|au cours du mois de) )?(${MONTH_ALT})(?: ${YEAR})?\\b`),
    window: (m, c) => {
      const qualifier = m[1];
      // A bare month word ("mars", "may", "sept") is too ambiguous without a preposition or qualifier.
      if (qualifier === undefined && !/^(?:en|in|courant|during|dans|au) /.test(m[0])) return null;
      const month = monthIndexOf(m[2]!);
      const period = (y: number): [Date, Date] => {
        const start = ymd(y, month, 1);
        const end = lastDayOfMonth(start);
        if (qualifier === 'debut' || qualifier === 'early') return [start, addDays(start, 9)];
        if (qualifier === 'mi' || qualifier === 'mid') return [addDays(start, 9), addDays(start, 19)];
        if (qualifier !== undefined) return [addDays(start, 20), end];
        return [start, end];
      };
      return m[3] !== undefined ? period(Number(m[3])) : upcomingPeriod(c, period);
    },
  },
  // "prochainement", "bientôt", "soon", "shortly"
  {
    pattern: /\b(?:prochainement|bientot|tres bientot|dans un proche avenir|a breve echeance|sous peu|soon|very soon|in the near future|before long)\b/,
    window: (_m, c) => [c.next, add(c.ref, VAGUE_SPANS.soon.months, 'month')],
  },
];

/**
 * Proposes a window for a vague phrase, relative to `reference` (the event's date, `YYYY-MM-DD`).
 * Returns null when the phrase says nothing we can read as a time, or the reference is not a date.
 */
export function proposeWindow(phrase: string, reference: CalendarDate): VagueWindow | null {
  if (!isCalendarDate(reference)) return null;
  const text = normalisePhrase(phrase);
  if (!text) return null;
  const ref = toLocalDate(reference);
  const c: Context = { ref, next: addDays(ref, 1) };
  for (const rule of RULES) {
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const w = rule.window(m, c);
    if (!w) continue;
    const [from, to] = w;
    // A window that ends today or before is no proposal at all ("by 1 January" said on 1 January).
    if (to < from) return { from: fromLocalDate(to), to: fromLocalDate(to) };
    return { from: fromLocalDate(from), to: fromLocalDate(to) };
  }
  return null;
}

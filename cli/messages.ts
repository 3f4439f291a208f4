/** The few words of human output that change with `--lang`; everything machine-read stays in `--json`. */
import type { Lang } from '../core/taxonomy.ts';

const EN = {
  overdue: 'Overdue',
  today: 'Due today',
  upcoming: (n: number) => `Within ${n} days`,
  later: 'Later',
  dueAsOf: (d: string) => `Follow-ups as of ${d}`,
  nothingDue: 'No open follow-ups.',
  nextDue: (d: string) => `Next due: ${d}`,
  noResults: (q: string) => `No event matches "${q}".`,
  /** `more`: the search stopped counting at `total` ("1000+"). */
  results: (shown: number, total: number, q: string, more: boolean) => `${shown} of ${total}${more ? '+' : ''} result${total === 1 && !more ? '' : 's'} for "${q}"`,
  noEvents: 'No events.',
  events: (shown: number, total: number) => `${shown} of ${total} event${total === 1 ? '' : 's'}`,
  kind: 'Kind',
  place: 'Place',
  countries: 'Countries',
  organisations: 'Organisations',
  participants: 'Participants',
  topics: 'Topics',
  sources: 'Sources',
  followUps: 'Follow-ups',
  summary: 'Summary',
  from: 'from',
  language: 'Language',
  reminderTime: 'Reminder time',
  notifications: 'Notifications',
  on: 'on',
  off: 'off',
  timelineFilters: 'Timeline filters',
  none: 'none',
  dateRange: (from: string | undefined, to: string | undefined) => (from && to ? `${from} to ${to}` : from ? `from ${from}` : `until ${to}`),
};

type Messages = typeof EN;

const FR: Messages = {
  overdue: 'En retard',
  today: 'Aujourd’hui',
  upcoming: (n) => `Dans les ${n} jours`,
  later: 'Plus tard',
  dueAsOf: (d) => `Suites à donner au ${d}`,
  nothingDue: 'Aucune suite à donner en cours.',
  nextDue: (d) => `Prochaine échéance : ${d}`,
  noResults: (q) => `Aucun événement ne correspond à « ${q} ».`,
  results: (shown, total, q, more) => `${shown} sur ${total}${more ? '+' : ''} résultat${total > 1 || more ? 's' : ''} pour « ${q} »`,
  noEvents: 'Aucun événement.',
  events: (shown, total) => `${shown} sur ${total} événement${total > 1 ? 's' : ''}`,
  kind: 'Type',
  place: 'Lieu',
  countries: 'Pays',
  organisations: 'Organisations',
  participants: 'Participants',
  topics: 'Sujets',
  sources: 'Sources',
  followUps: 'Suites à donner',
  summary: 'Résumé',
  from: 'de',
  language: 'Langue',
  reminderTime: 'Heure des rappels',
  notifications: 'Notifications',
  on: 'activées',
  off: 'désactivées',
  timelineFilters: 'Filtres de la chronologie',
  none: 'aucun',
  dateRange: (from, to) => (from && to ? `du ${from} au ${to}` : from ? `depuis le ${from}` : `jusqu’au ${to}`),
};

export function messages(lang: Lang): Messages {
  return lang === 'fr' ? FR : EN;
}

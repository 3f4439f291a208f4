import type { Messages } from '../i18n/lang.tsx';
import { groupDigits } from './numbers.ts';

export const messages: Messages<{
  title: string;
  count: (n: number) => string;
  events: string;
  filters: string;
  addFilter: string;
  country: string;
  organisation: string;
  person: string;
  kind: string;
  topic: string;
  dateRange: string;
  from: string;
  to: string;
  apply: string;
  cancel: string;
  removeFilter: (label: string) => string;
  clearFilters: string;
  noMatch: string;
  noEvents: string;
  logFirst: string;
  approximate: string;
  today: string;
  noFollowUpsAhead: string;
  overdue: string;
  moreFollowUps: (n: number) => string;
  openFollowUps: (n: number) => string;
  density: string;
  densityValue: (month: string, n: number) => string;
  loadingEvent: string;
  jumpToday: string;
  typeToSearch: string;
  noSuggestion: string;
  withCount: (label: string, n: number) => string;
  since: (date: string) => string;
  until: (date: string) => string;
  loadError: string;
}> = {
  en: {
    title: 'Timeline',
    count: (n) => (n === 1 ? '1 event' : `${groupDigits(n, ',')} events`),
    events: 'Events',
    filters: 'Filters',
    addFilter: 'Add filter',
    country: 'Country',
    organisation: 'Organisation',
    person: 'Person',
    kind: 'Kind',
    topic: 'Topic',
    dateRange: 'Date range',
    from: 'From',
    to: 'To',
    apply: 'Apply',
    cancel: 'Cancel',
    removeFilter: (label) => `Remove filter ${label}`,
    clearFilters: 'Clear filters',
    noMatch: 'No event matches these filters.',
    noEvents: 'No events yet.',
    logFirst: 'Log the first event',
    approximate: 'approximate date',
    today: 'Today',
    noFollowUpsAhead: 'No open follow-ups ahead.',
    overdue: 'overdue',
    moreFollowUps: (n) => `${n} more in Follow-ups`,
    openFollowUps: (n) => (n === 1 ? '1 open follow-up' : `${n} open follow-ups`),
    density: 'Events per month',
    densityValue: (month, n) => `${month}: ${n === 1 ? '1 event' : `${n} events`}`,
    loadingEvent: 'Loading…',
    jumpToday: 'Go to today',
    typeToSearch: 'Type to search',
    noSuggestion: 'Nothing found',
    withCount: (label, n) => `${label} (${n})`,
    since: (d) => `from ${d}`,
    until: (d) => `until ${d}`,
    loadError: 'The timeline could not be loaded.',
  },
  fr: {
    title: 'Chronologie',
    count: (n) => (n <= 1 ? `${n} événement` : `${groupDigits(n, '\u202f')} événements`),
    events: 'Événements',
    filters: 'Filtres',
    addFilter: 'Ajouter un filtre',
    country: 'Pays',
    organisation: 'Organisation',
    person: 'Personne',
    kind: 'Type',
    topic: 'Thème',
    dateRange: 'Période',
    from: 'Du',
    to: 'Au',
    apply: 'Appliquer',
    cancel: 'Annuler',
    removeFilter: (label) => `Retirer le filtre ${label}`,
    clearFilters: 'Effacer les filtres',
    noMatch: 'Aucun événement ne correspond à ces filtres.',
    noEvents: 'Aucun événement pour l’instant.',
    logFirst: 'Saisir le premier événement',
    approximate: 'date approximative',
    today: 'Aujourd’hui',
    noFollowUpsAhead: 'Aucun suivi en cours à venir.',
    overdue: 'en retard',
    moreFollowUps: (n) => `${n} de plus dans Suivis`,
    openFollowUps: (n) => (n <= 1 ? `${n} suivi en cours` : `${n} suivis en cours`),
    density: 'Événements par mois',
    densityValue: (month, n) => `${month} : ${n <= 1 ? `${n} événement` : `${n} événements`}`,
    loadingEvent: 'Chargement…',
    jumpToday: 'Aller à aujourd’hui',
    typeToSearch: 'Tapez pour chercher',
    noSuggestion: 'Aucun résultat',
    withCount: (label, n) => `${label} (${n})`,
    since: (d) => `depuis le ${d}`,
    until: (d) => `jusqu’au ${d}`,
    loadError: 'La chronologie n’a pas pu être chargée.',
  },
};

import type { Messages } from '../i18n/lang.tsx';

export const messages: Messages<{
  appName: string;
  mainNav: string;
  timeline: string;
  followUps: string;
  newEvent: string;
  relations: string;
  search: string;
  settings: string;
  dueCount: (n: number) => string;
  loading: string;
  storeError: string;
  skipToContent: string;
  shortcutHint: string;
}> = {
  en: {
    appName: 'Chancery',
    mainNav: 'Main',
    timeline: 'Timeline',
    followUps: 'Follow-ups',
    newEvent: 'New event',
    relations: 'Relations',
    search: 'Search',
    settings: 'Settings',
    dueCount: (n) => `${n} due or overdue`,
    loading: 'Loading…',
    storeError: 'The data could not be loaded',
    skipToContent: 'Skip to content',
    shortcutHint: 'Ctrl+K',
  },
  fr: {
    appName: 'Chancery',
    mainNav: 'Principal',
    timeline: 'Chronologie',
    followUps: 'Suivis',
    newEvent: 'Nouvel événement',
    relations: 'Relations',
    search: 'Rechercher',
    settings: 'Réglages',
    dueCount: (n) => `${n} à échéance ou en retard`,
    loading: 'Chargement…',
    storeError: 'Les données n’ont pas pu être chargées',
    skipToContent: 'Aller au contenu',
    shortcutHint: 'Ctrl+K',
  },
};

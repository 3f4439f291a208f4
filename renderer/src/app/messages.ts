import type { Messages } from '../i18n/lang.tsx';
import { groupDigits } from '../timeline/numbers.ts';

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
  importing: string;
  importTidying: string;
  exporting: string;
  transferProgress: string;
  importCount: (done: number, total: number) => string;
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
    importing: 'Importing…',
    importTidying: 'Finishing the import…',
    exporting: 'Exporting…',
    transferProgress: 'Progress',
    importCount: (done, total) => `${groupDigits(done, ',')} of ${groupDigits(total, ',')} events`,
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
    importing: 'Importation…',
    importTidying: 'Fin de l’importation…',
    exporting: 'Exportation…',
    transferProgress: 'Progression',
    importCount: (done, total) => `${groupDigits(done, '\u202f')} événements sur ${groupDigits(total, '\u202f')}`,
  },
};

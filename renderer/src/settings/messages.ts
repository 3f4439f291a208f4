import type { Messages } from '../i18n/lang.tsx';

export const messages: Messages<{
  title: string;
  language: string;
  languageSystem: (name: string) => string;
  french: string;
  english: string;
  appearance: string;
  appearanceNote: string;
  reminders: string;
  reminderTime: string;
  reminderTimeHelp: string;
  notifications: string;
  saved: string;
  saveFailed: (why: string) => string;
  data: string;
  file: string;
  counts: (events: number, followUps: number, people: number) => string;
}> = {
  en: {
    title: 'Settings',
    language: 'Language',
    languageSystem: (name) => `System (${name})`,
    french: 'Français',
    english: 'English',
    appearance: 'Appearance',
    appearanceNote: 'Light or dark, following the system setting.',
    reminders: 'Reminders',
    reminderTime: 'Reminder time',
    reminderTimeHelp: 'Follow-ups falling due are notified at this time of day.',
    notifications: 'Show system notifications',
    saved: 'Saved',
    saveFailed: (why) => `Not saved: ${why}`,
    data: 'Data',
    file: 'Database file',
    counts: (e, f, p) => `${e} events, ${f} follow-ups, ${p} people`,
  },
  fr: {
    title: 'Réglages',
    language: 'Langue',
    languageSystem: (name) => `Système (${name})`,
    french: 'Français',
    english: 'English',
    appearance: 'Apparence',
    appearanceNote: 'Clair ou sombre, selon le réglage du système.',
    reminders: 'Rappels',
    reminderTime: 'Heure des rappels',
    reminderTimeHelp: 'Les suivis arrivant à échéance sont signalés à cette heure.',
    notifications: 'Afficher les notifications du système',
    saved: 'Enregistré',
    saveFailed: (why) => `Non enregistré : ${why}`,
    data: 'Données',
    file: 'Fichier de la base',
    counts: (e, f, p) => `${e} événements, ${f} suivis, ${p} personnes`,
  },
};

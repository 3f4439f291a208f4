import type { Messages } from '../i18n/lang.tsx';

export const messages: Messages<{
  back: string;
  edit: string;
  loading: string;
  notFound: string;
  when: string;
  approximate: string;
  where: string;
  kind: string;
  countries: string;
  organisations: string;
  participants: string;
  topics: string;
  summary: string;
  sources: string;
  sourceText: string;
  followUps: string;
  noFollowUps: string;
  accessed: (d: string) => string;
  due: (d: string) => string;
  window: (a: string, b: string) => string;
  openFollowUp: (title: string) => string;
  relations: string;
  pairRelations: (a: string, b: string) => string;
}> = {
  en: {
    back: 'Back to the timeline',
    edit: 'Edit',
    loading: 'Loading…',
    notFound: 'This event no longer exists.',
    when: 'Date',
    approximate: 'approximate',
    where: 'Place',
    kind: 'Kind',
    countries: 'Countries',
    organisations: 'Organisations',
    participants: 'Participants',
    topics: 'Topics',
    summary: 'Summary',
    sources: 'Sources',
    sourceText: 'Original text',
    followUps: 'Follow-ups',
    noFollowUps: 'No follow-up.',
    accessed: (d) => `consulted ${d}`,
    due: (d) => `due ${d}`,
    window: (a, b) => `between ${a} and ${b}`,
    openFollowUp: (t) => `Open follow-up ${t}`,
    relations: 'Relations',
    pairRelations: (a, b) => `${a}–${b} relations`,
  },
  fr: {
    back: 'Retour à la chronologie',
    edit: 'Modifier',
    loading: 'Chargement…',
    notFound: 'Cet événement n’existe plus.',
    when: 'Date',
    approximate: 'approximative',
    where: 'Lieu',
    kind: 'Type',
    countries: 'Pays',
    organisations: 'Organisations',
    participants: 'Participants',
    topics: 'Thèmes',
    summary: 'Résumé',
    sources: 'Sources',
    sourceText: 'Texte d’origine',
    followUps: 'Suivis',
    noFollowUps: 'Aucun suivi.',
    accessed: (d) => `consulté le ${d}`,
    due: (d) => `échéance le ${d}`,
    window: (a, b) => `entre le ${a} et le ${b}`,
    openFollowUp: (t) => `Ouvrir le suivi ${t}`,
    relations: 'Relations',
    pairRelations: (a, b) => `Relations ${a}–${b}`,
  },
};

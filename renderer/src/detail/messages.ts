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
  history: string;
  noHistory: string;
  accessed: (d: string) => string;
  due: (d: string) => string;
  window: (a: string, b: string) => string;
  action: (a: string) => string;
  changed: (fields: string) => string;
  openFollowUp: (title: string) => string;
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
    history: 'History',
    noHistory: 'No recorded change.',
    accessed: (d) => `consulted ${d}`,
    due: (d) => `due ${d}`,
    window: (a, b) => `between ${a} and ${b}`,
    action: (a) => ({ create: 'Created', update: 'Edited', delete: 'Deleted', restore: 'Restored', complete: 'Done', cancel: 'Cancelled', reopen: 'Reopened', snooze: 'Snoozed', reschedule: 'Rescheduled', import: 'Imported' } as Record<string, string>)[a] ?? a,
    changed: (f) => `changed: ${f}`,
    openFollowUp: (t) => `Open follow-up ${t}`,
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
    history: 'Historique',
    noHistory: 'Aucune modification enregistrée.',
    accessed: (d) => `consulté le ${d}`,
    due: (d) => `échéance le ${d}`,
    window: (a, b) => `entre le ${a} et le ${b}`,
    action: (a) => ({ create: 'Créé', update: 'Modifié', delete: 'Supprimé', restore: 'Restauré', complete: 'Fait', cancel: 'Annulé', reopen: 'Rouvert', snooze: 'Reporté', reschedule: 'Replanifié', import: 'Importé' } as Record<string, string>)[a] ?? a,
    changed: (f) => `modifié : ${f}`,
    openFollowUp: (t) => `Ouvrir le suivi ${t}`,
  },
};

import type { Messages } from '../i18n/lang.tsx';

export const messages: Messages<{
  loading: string;
  notFound: string;
  back: string;
  aliases: string;
  noAliases: string;
  newAlias: string;
  addAlias: string;
  removeAlias: (alias: string) => string;
  titles: string;
  noTitles: string;
  titleText: string;
  from: string;
  to: string;
  addTitle: string;
  removeTitle: string;
  saveTitles: string;
  saved: string;
  since: (d: string) => string;
  until: (d: string) => string;
  span: (a: string, b: string) => string;
  events: (n: number) => string;
  noEvents: string;
  counterparts: string;
  noCounterparts: string;
  met: (n: number) => string;
  merge: string;
  mergeWith: string;
  mergeHint: string;
  noPeople: string;
  mergeButton: string;
  confirmMerge: (other: string, self: string) => string;
  confirm: string;
  cancel: string;
  merged: (other: string) => string;
}> = {
  en: {
    loading: 'Loading…',
    notFound: 'This person no longer exists.',
    back: 'Back',
    aliases: 'Other spellings',
    noAliases: 'None recorded.',
    newAlias: 'New spelling',
    addAlias: 'Add',
    removeAlias: (a) => `Remove ${a}`,
    titles: 'Titles over time',
    noTitles: 'No dated title.',
    titleText: 'Title',
    from: 'From',
    to: 'To',
    addTitle: 'Add a title',
    removeTitle: 'Remove',
    saveTitles: 'Save titles',
    saved: 'Saved.',
    since: (d) => `since ${d}`,
    until: (d) => `until ${d}`,
    span: (a, b) => `${a} – ${b}`,
    events: (n) => `Events (${n})`,
    noEvents: 'No event.',
    counterparts: 'Counterparts met',
    noCounterparts: 'Nobody from another side yet.',
    met: (n) => `${n} time${n === 1 ? '' : 's'}`,
    merge: 'Same person as another record?',
    mergeWith: 'Merge with',
    mergeHint: 'The other record’s events, spellings and titles come here; it is then deleted.',
    noPeople: 'Nobody matches',
    mergeButton: 'Merge…',
    confirmMerge: (other, self) => `Merge “${other}” into “${self}”? Every event of ${other} will list ${self}.`,
    confirm: 'Merge',
    cancel: 'Cancel',
    merged: (other) => `${other} was merged into this person.`,
  },
  fr: {
    loading: 'Chargement…',
    notFound: 'Cette personne n’existe plus.',
    back: 'Retour',
    aliases: 'Autres graphies',
    noAliases: 'Aucune.',
    newAlias: 'Nouvelle graphie',
    addAlias: 'Ajouter',
    removeAlias: (a) => `Retirer ${a}`,
    titles: 'Fonctions successives',
    noTitles: 'Aucune fonction datée.',
    titleText: 'Fonction',
    from: 'Du',
    to: 'Au',
    addTitle: 'Ajouter une fonction',
    removeTitle: 'Retirer',
    saveTitles: 'Enregistrer les fonctions',
    saved: 'Enregistré.',
    since: (d) => `depuis le ${d}`,
    until: (d) => `jusqu’au ${d}`,
    span: (a, b) => `${a} – ${b}`,
    events: (n) => `Événements (${n})`,
    noEvents: 'Aucun événement.',
    counterparts: 'Interlocuteurs rencontrés',
    noCounterparts: 'Personne d’une autre partie pour l’instant.',
    met: (n) => `${n} fois`,
    merge: 'Même personne qu’une autre fiche ?',
    mergeWith: 'Fusionner avec',
    mergeHint: 'Les événements, graphies et fonctions de l’autre fiche viennent ici ; elle est ensuite supprimée.',
    noPeople: 'Personne ne correspond',
    mergeButton: 'Fusionner…',
    confirmMerge: (other, self) => `Fusionner « ${other} » dans « ${self} » ? Chaque événement de ${other} citera ${self}.`,
    confirm: 'Fusionner',
    cancel: 'Annuler',
    merged: (other) => `${other} a été fusionné dans cette fiche.`,
  },
};

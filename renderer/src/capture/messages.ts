import type { Messages } from '../i18n/lang.tsx';

export const messages: Messages<{
  pasteArticle: string;
  dialogTitle: string;
  textLabel: string;
  textHint: string;
  langLabel: string;
  langAuto: string;
  langFr: string;
  langEn: string;
  extract: string;
  cancel: string;
  problemEmpty: string;
  problemTooLong: (max: string) => string;
  sourceHeading: string;
  sourceHint: string;
  noHighlights: string;
  markTitle: (field: string) => string;
}> = {
  en: {
    pasteArticle: 'Paste an article',
    dialogTitle: 'Paste an article',
    textLabel: 'Text of the article or communiqué',
    textHint: 'A draft event is proposed from the text; nothing is saved until you confirm it in the form.',
    langLabel: 'Language of the text',
    langAuto: 'Detect',
    langFr: 'French',
    langEn: 'English',
    extract: 'Extract',
    cancel: 'Cancel',
    problemEmpty: 'Paste the text of an article first.',
    problemTooLong: (max) => `The text is too long: at most ${max} characters are kept with an event.`,
    sourceHeading: 'Source text',
    sourceHint: 'Highlighted words gave a value to the form. Focus a field to see its words; click a highlight to go to its field.',
    noHighlights: 'Nothing was recognised in this text: fill in the form by hand.',
    markTitle: (field) => `Gave: ${field}`,
  },
  fr: {
    pasteArticle: 'Coller un article',
    dialogTitle: 'Coller un article',
    textLabel: 'Texte de l’article ou du communiqué',
    textHint: 'Un brouillon d’événement est proposé à partir du texte ; rien n’est enregistré avant votre confirmation dans le formulaire.',
    langLabel: 'Langue du texte',
    langAuto: 'Détecter',
    langFr: 'Français',
    langEn: 'Anglais',
    extract: 'Extraire',
    cancel: 'Annuler',
    problemEmpty: 'Collez d’abord le texte d’un article.',
    problemTooLong: (max) => `Le texte est trop long : un événement en garde au plus ${max} caractères.`,
    sourceHeading: 'Texte source',
    sourceHint: 'Les mots surlignés ont donné une valeur au formulaire. Placez-vous sur un champ pour voir ses mots ; cliquez sur un surlignage pour aller à son champ.',
    noHighlights: 'Rien n’a été reconnu dans ce texte : remplissez le formulaire à la main.',
    markTitle: (field) => `A donné : ${field}`,
  },
};

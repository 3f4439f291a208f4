import type { Messages } from '../i18n/lang.tsx';

export const messages: Messages<{
  title: string;
  label: string;
  placeholder: string;
  hint: string;
  /** `more`: more events matched than the `n` ranked ("1,000+ results"). */
  results: (n: number, more: boolean) => string;
  noMatch: (q: string) => string;
  facets: string;
  country: string;
  organisation: string;
  person: string;
  kind: string;
  topic: string;
  filterBy: (label: string, n: number) => string;
  close: string;
  failed: string;
  keys: string;
}> = {
  en: {
    title: 'Search',
    label: 'Search events',
    placeholder: 'Names, places, topics… accents optional',
    hint: 'Type a name, a place, a topic. Accents are optional.',
    results: (n, more) => (more ? `${n.toLocaleString('en')}+ results` : n === 1 ? '1 result' : `${n.toLocaleString('en')} results`),
    noMatch: (q) => `No event matches “${q}”.`,
    facets: 'Narrow down',
    country: 'Countries',
    organisation: 'Organisations',
    person: 'People',
    kind: 'Kinds',
    topic: 'Topics',
    filterBy: (label, n) => `${label}, ${n}`,
    close: 'Close search',
    failed: 'The search failed.',
    keys: '↑ ↓ to move, Enter to open, Esc to close',
  },
  fr: {
    title: 'Recherche',
    label: 'Rechercher des événements',
    placeholder: 'Noms, lieux, thèmes… accents facultatifs',
    hint: 'Tapez un nom, un lieu, un thème. Les accents sont facultatifs.',
    results: (n, more) => (more ? `${n.toLocaleString('fr')}+ résultats` : n <= 1 ? `${n} résultat` : `${n.toLocaleString('fr')} résultats`),
    noMatch: (q) => `Aucun événement ne correspond à « ${q} ».`,
    facets: 'Affiner',
    country: 'Pays',
    organisation: 'Organisations',
    person: 'Personnes',
    kind: 'Types',
    topic: 'Thèmes',
    filterBy: (label, n) => `${label}, ${n}`,
    close: 'Fermer la recherche',
    failed: 'La recherche a échoué.',
    keys: '↑ ↓ pour se déplacer, Entrée pour ouvrir, Échap pour fermer',
  },
};

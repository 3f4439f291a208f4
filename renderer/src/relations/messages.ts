import type { Messages } from '../i18n/lang.tsx';

export const messages: Messages<{
  title: string;
  pairTitle: (a: string, b: string) => string;
  sideA: string;
  sideB: string;
  sideHint: string;
  noSides: string;
  pickTwo: string;
  show: string;
  asOf: (d: string) => string;
  loading: string;
  failed: string;
  print: string;
  figures: string;
  events: string;
  lastContact: string;
  daysAgo: (n: number) => string;
  noContact: string;
  longestGap: string;
  days: (n: number) => string;
  none: string;
  deliveryRate: string;
  notYetDue: string;
  cadence: string;
  quarterBar: (q: string, n: number) => string;
  kinds: string;
  hostedIn: (name: string) => string;
  elsewhere: string;
  people: string;
  peopleOf: (name: string) => string;
  nobody: string;
  followUps: string;
  delivered: string;
  open: string;
  overdue: string;
  dropped: string;
  doneUnlinked: string;
  noFollowUps: string;
  promisedAt: (event: string) => string;
  sharedEvents: string;
  latest: (n: number, total: number) => string;
  noEvents: string;
}> = {
  en: {
    title: 'Relations',
    pairTitle: (a, b) => `${a}–${b} relations`,
    sideA: 'First side',
    sideB: 'Second side',
    sideHint: 'A country or an organisation',
    noSides: 'No country or organisation matches',
    pickTwo: 'Pick two countries, or a country and an organisation.',
    show: 'Show',
    asOf: (d) => `as of ${d}`,
    loading: 'Loading…',
    failed: 'The figures could not be computed.',
    print: 'Print / PDF',
    figures: 'Key figures',
    events: 'Shared events',
    lastContact: 'Last contact',
    daysAgo: (n) => (n === 0 ? 'today' : `${n} day${n === 1 ? '' : 's'} ago`),
    noContact: 'none yet',
    longestGap: 'Longest gap',
    days: (n) => `${n} day${n === 1 ? '' : 's'}`,
    none: '—',
    deliveryRate: 'Promises kept',
    notYetDue: 'none due yet',
    cadence: 'Contacts per quarter',
    quarterBar: (q, n) => `${q}: ${n}`,
    kinds: 'Kinds of contact',
    hostedIn: (name) => `Held in ${name}`,
    elsewhere: 'Held elsewhere',
    people: 'People involved',
    peopleOf: (name) => `For ${name}`,
    nobody: 'Nobody recorded',
    followUps: 'Follow-ups promised',
    delivered: 'Delivered',
    open: 'Open',
    overdue: 'Overdue',
    dropped: 'Dropped',
    doneUnlinked: 'Done (no event named)',
    noFollowUps: 'No follow-up was promised at their meetings.',
    promisedAt: (event) => `promised at ${event}`,
    sharedEvents: 'Shared events',
    latest: (n, total) => (n < total ? `latest ${n} of ${total}` : `${total}`),
    noEvents: 'No event links these two.',
  },
  fr: {
    title: 'Relations',
    pairTitle: (a, b) => `Relations ${a}–${b}`,
    sideA: 'Première partie',
    sideB: 'Seconde partie',
    sideHint: 'Un pays ou une organisation',
    noSides: 'Aucun pays ni organisation ne correspond',
    pickTwo: 'Choisissez deux pays, ou un pays et une organisation.',
    show: 'Afficher',
    asOf: (d) => `au ${d}`,
    loading: 'Chargement…',
    failed: 'Les chiffres n’ont pas pu être calculés.',
    print: 'Imprimer / PDF',
    figures: 'Chiffres clés',
    events: 'Événements communs',
    lastContact: 'Dernier contact',
    daysAgo: (n) => (n === 0 ? 'aujourd’hui' : `il y a ${n} jour${n > 1 ? 's' : ''}`),
    noContact: 'aucun',
    longestGap: 'Plus long silence',
    days: (n) => `${n} jour${n > 1 ? 's' : ''}`,
    none: '—',
    deliveryRate: 'Engagements tenus',
    notYetDue: 'rien d’échu',
    cadence: 'Contacts par trimestre',
    quarterBar: (q, n) => `${q} : ${n}`,
    kinds: 'Types de contact',
    hostedIn: (name) => `Tenus en ${name}`,
    elsewhere: 'Tenus ailleurs',
    people: 'Personnes impliquées',
    peopleOf: (name) => `Pour ${name}`,
    nobody: 'Personne d’enregistré',
    followUps: 'Suites promises',
    delivered: 'Tenues',
    open: 'En cours',
    overdue: 'En retard',
    dropped: 'Abandonnées',
    doneUnlinked: 'Faites (sans événement)',
    noFollowUps: 'Aucune suite n’a été promise lors de leurs rencontres.',
    promisedAt: (event) => `promise lors de : ${event}`,
    sharedEvents: 'Événements communs',
    latest: (n, total) => (n < total ? `les ${n} derniers sur ${total}` : `${total}`),
    noEvents: 'Aucun événement ne les relie.',
  },
};

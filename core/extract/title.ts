import type { EventKind, Lang } from '../taxonomy.ts';
import { shortCountryName } from './countries.ts';

/** Nouns for titles, which read differently from the taxonomy's labels ("Visite", not "Visite à l'étranger"). */
const NOUNS: Record<EventKind, { fr: string; en: string }> = {
  meeting: { fr: 'Réunion', en: 'meeting' },
  consultation: { fr: 'Consultations', en: 'consultations' },
  visit: { fr: 'Visite', en: 'visit' },
  hosted_visit: { fr: 'Visite', en: 'visit' },
  summit: { fr: 'Sommet', en: 'summit' },
  phone_call: { fr: 'Entretien téléphonique', en: 'phone call' },
  agreement_signed: { fr: 'Signature d’un accord', en: 'agreement signed' },
  joint_statement: { fr: 'Déclaration conjointe', en: 'joint statement' },
  statement: { fr: 'Déclaration', en: 'statement' },
  conference: { fr: 'Conférence', en: 'conference' },
  negotiation: { fr: 'Négociations', en: 'negotiations' },
  credentials: { fr: 'Lettres de créance', en: 'credentials presented' },
  other: { fr: 'Événement', en: 'event' },
};

/** "Réunion Mali–Russie à Moscou", "Sommet CEDEAO à Abuja", "Kenya–Ethiopia meeting in Nairobi". */
export function makeTitle(kind: EventKind, lang: Lang, countries: readonly string[], organisations: readonly string[], place?: string): string {
  const parties = kind === 'summit' || kind === 'conference' || countries.length === 0
    ? organisations[0] ?? countries.slice(0, 3).map((c) => shortCountryName(c, lang)).join('–')
    : countries.slice(0, 3).map((c) => shortCountryName(c, lang)).join('–');
  const noun = NOUNS[kind][lang];
  const where = kind === 'phone_call' || !place ? '' : lang === 'fr' ? ` à ${place}` : ` in ${place}`;
  if (lang === 'fr') return `${noun}${parties ? ` ${parties}` : ''}${where}`;
  const head = parties ? `${parties} ${noun}` : noun.charAt(0).toUpperCase() + noun.slice(1);
  return `${head}${where}`;
}

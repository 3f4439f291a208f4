import type { EventKind } from '../taxonomy.ts';
import { foldWithMap } from './fold.ts';
import type { Span } from './types.ts';

export interface KindGuess extends Span {
  kind: EventKind;
}

/** Ordered: an article about a signing or a phone call mentions meetings too, never the reverse. */
const DECISIVE: [EventKind, RegExp][] = [
  ['phone_call', /\b(?:entretien telephonique|entretien au telephone|entretenus? (?:au|par) telephone|echange telephonique|appel telephonique|conversation telephonique|phone call|telephone call|telephone conversation|spoke by (?:tele)?phone|spoke on the (?:tele)?phone|held a call)\b/],
  ['agreement_signed', /\b(?:ont signe|a signe|signature d[eu']|signe(?:nt)? (?:un|une|le|la|les|deux|trois|plusieurs) (?:accord|protocole|memorandum|convention)|signed (?:a|an|the|two|three|several)? ?(?:agreement|memorandum|accord|protocol|treaty|deal|convention)s?|signing of|signing ceremony)\b/],
  ['credentials', /\b(?:lettres de creance|letters of credence|credentials)\b/],
  ['joint_statement', /\b(?:declaration conjointe|communique conjoint|joint statement|joint communique|joint declaration)\b/],
  ['summit', /\b(?<!(?:prochain|next|upcoming|preparer|prepare|preparation de|for the) )(?:sommet|summit)\b/],
];
const LEAD: [EventKind, RegExp][] = [
  ['negotiation', /\b(?:cycle de negociations|round of (?:negotiations|talks)|negociations|negotiations)\b/],
  ['conference', /\b(?:conference|forum)\b/],
  ['consultation', /\b(?:consultations)\b/],
  ['hosted_visit', /\b(?:a recu|a accueilli|received|welcomed|hosted)\b/],
  ['visit', /\b(?:visite|visit|s'est rendue?|se sont rendus|travelled to|traveled to)\b/],
  ['statement', /\b(?:a declare|declaration|communique|statement|said in a statement|issued a statement)\b/],
  ['meeting', /\b(?:reunion|rencontre|entretien|entretiens|s'est tenue?|se sont reunis|se sont rencontres|a rencontre|ont rencontre|meeting|met|talks|held talks)\b/],
];

/** Clauses that name another event than the article's own: "en marge de la visite", "on the sidelines of the summit". */
const ASIDE = /\b(?:en marge d[eu']?(?: la| l')?|on the sidelines of|au cours de la (?=visite)|during (?:a|the|his|her) (?=visit))[^,.;]*/g;

/**
 * The kind from the words of the lead (first paragraph and the dated sentence): a decisive word
 * anywhere in the lead wins; otherwise the first kind word in reading order.
 */
export function guessKind(text: string, lead: Span): KindGuess {
  const f = foldWithMap(text.slice(lead.start, lead.end));
  const masked = f.text.replace(ASIDE, (m) => ' '.repeat(m.length));
  const at = (i: number, len: number) => ({ start: lead.start + f.map[i]!, end: lead.start + f.map[i + len]! });
  for (const [kind, re] of DECISIVE) {
    const m = re.exec(masked);
    if (m) return { kind, ...at(m.index, m[0].length) };
  }
  // In order of specificity; "received" makes a hosted visit only when the lead speaks of a visit.
  for (const [kind, re] of LEAD) {
    const m = re.exec(masked);
    if (!m) continue;
    if (kind === 'hosted_visit' && !/\b(?:visite|visit)\b/.test(masked)) continue;
    return { kind, ...at(m.index, m[0].length) };
  }
  return { kind: 'meeting', start: lead.start, end: lead.start };
}

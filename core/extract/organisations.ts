import type { OrganisationSeed } from '../organisations.ts';
import { DEFAULT_ORGANISATIONS } from '../organisations.ts';
import type { Lang } from '../taxonomy.ts';
import { alternation, escapeRegExp, foldKey, foldWithMap, originalSpan, WB_END, WB_START } from './fold.ts';
import type { Span } from './types.ts';

export interface OrganisationMention extends Span {
  /** The acronym in the article's language: CEDEAO in French, ECOWAS in English. */
  acronym: string;
}

/**
 * Organisations by acronym (exact case, whole word: "UA" but not "ua") or by full name
 * (accent- and case-insensitive), from the user's list or the defaults.
 */
export function findOrganisations(text: string, lang: Lang, known: readonly OrganisationSeed[] = DEFAULT_ORGANISATIONS): OrganisationMention[] {
  const out: OrganisationMention[] = [];
  const label = (o: OrganisationSeed) => (lang === 'fr' ? o.acronymFr : o.acronymEn);
  const acronyms = new Map<string, OrganisationSeed>();
  const names = new Map<string, OrganisationSeed>();
  for (const o of known) {
    for (const a of [o.acronymFr, o.acronymEn]) {
      // An all-capital acronym is matched as written; a worded one ("Ligue arabe") like a name.
      if (/^[\p{Lu}\d]+$/u.test(a)) acronyms.set(a, o);
      else names.set(foldKey(a), o);
    }
    for (const n of [o.nameFr, o.nameEn]) names.set(foldKey(n), o);
  }
  if (acronyms.size) {
    const re = new RegExp(`${WB_START}(${[...acronyms.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})${WB_END}`, 'gu');
    for (const m of text.matchAll(re)) out.push({ acronym: label(acronyms.get(m[1]!)!), start: m.index, end: m.index + m[0].length });
  }
  if (names.size) {
    const f = foldWithMap(text);
    const re = new RegExp(`${WB_START}(${alternation(names.keys())})${WB_END}`, 'gu');
    for (const m of f.text.matchAll(re)) out.push({ acronym: label(names.get(m[1]!)!), ...originalSpan(f, m.index, m.index + m[0].length) });
  }
  return out.sort((a, b) => a.start - b.start);
}

import countries from 'i18n-iso-countries';
import '../countries.ts';
import { gazetteer } from '../gazetteer/source.ts';
import type { Lang } from '../taxonomy.ts';
import { alternation, foldKey, foldWithMap, originalSpan, WB_END, WB_START } from './fold.ts';
import type { Span } from './types.ts';

export interface CountryMention extends Span {
  code: string;
  /** A name ("Russie") or an adjective ("russe"). */
  via: 'name' | 'demonym';
}

interface Index {
  keys: Map<string, { code: string; via: 'name' | 'demonym' }>;
  re: RegExp;
}

let index: Index | undefined;

function plurals(word: string, lang: Lang): string[] {
  if (lang === 'en') return [word, `${word}s`];
  return /[sx]$/.test(word) ? [word] : [word, `${word}s`];
}

function build(): Index {
  const keys = new Map<string, { code: string; via: 'name' | 'demonym' }>();
  for (const lang of ['en', 'fr'] as const) {
    for (const [code, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      for (const name of names) {
        // "US", "UK", "USA" as words are too easily an ordinary "us"; the full names remain.
        if (name.replace(/\W/g, '').length <= 3) continue;
        // i18n-iso-countries writes some names inverted ("Congo, Democratic Republic of the"): such forms never occur in prose.
        if (name.includes(',')) continue;
        keys.set(foldKey(name), { code, via: 'name' });
      }
    }
  }
  for (const d of gazetteer().demonyms) {
    for (const lang of ['en', 'fr'] as const) {
      for (const form of d[lang]) for (const p of plurals(form, lang)) {
        const k = foldKey(p);
        if (!keys.has(k)) keys.set(k, { code: d.country, via: 'demonym' });
      }
    }
  }
  return { keys, re: new RegExp(`${WB_START}(${alternation(keys.keys())})${WB_END}`, 'gu') };
}

/** Every mention of a country by name or adjective, in text order. */
export function findCountryMentions(text: string): CountryMention[] {
  index ??= build();
  const f = foldWithMap(text);
  const out: CountryMention[] = [];
  for (const m of f.text.matchAll(index.re)) {
    const hit = index.keys.get(m[1]!)!;
    const span = originalSpan(f, m.index, m.index + m[0].length);
    // Country names are capitalised in both languages; "réunion" is a meeting, "La Réunion" the island.
    if (hit.via === 'name' && !/^\p{Lu}/u.test(text.slice(span.start, span.end))) continue;
    if (hit.code === 'RE' && !/(?:La |Reunion Island|Réunion Island)/.test(text.slice(Math.max(0, span.start - 3), span.end + 7))) continue;
    // "océan Indien", "Indian Ocean" name a sea, not India.
    const around = f.text.slice(Math.max(0, m.index - 7), m.index + m[0].length + 7);
    if (hit.via === 'demonym' && /ocean/.test(around)) continue;
    out.push({ code: hit.code, via: hit.via, ...span });
  }
  return out;
}

/** The first country named or qualified inside a span of the text ("ministre malien des Affaires…" → ML). */
export function countryWithin(mentions: CountryMention[], span: Span): CountryMention | undefined {
  return mentions.find((m) => m.start >= span.start && m.end <= span.end);
}

/** A short everyday name for titles: "Russie"/"Russia", not "Russian Federation". */
export function shortCountryName(code: string, lang: Lang): string {
  return countries.getName(code, lang, { select: 'alias' }) ?? code;
}

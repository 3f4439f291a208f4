import type { City } from '../gazetteer/source.ts';
import { gazetteer } from '../gazetteer/source.ts';
import type { Lang } from '../taxonomy.ts';
import { alternation, foldKey, foldWithMap, originalSpan, WB_END } from './fold.ts';
import type { Span } from './types.ts';

export interface PlaceMention extends Span {
  name: string;
  country: string;
  /** How the text introduced it: after a preposition ("à Moscou"), or as a dateline ("NAIROBI, May 8"). */
  via: 'preposition' | 'dateline';
}

interface Index {
  byKey: Map<string, City[]>;
  re: RegExp;
}
let index: Index | undefined;

function build(): Index {
  const byKey = new Map<string, City[]>();
  for (const c of gazetteer().cities) {
    for (const n of new Set([c.en, c.fr])) {
      const k = foldKey(n);
      // One- and two-letter names and bare numbers are noise in prose.
      if (k.length < 3 || /^\d/.test(k)) continue;
      const list = byKey.get(k) ?? [];
      list.push(c);
      byKey.set(k, list);
    }
  }
  for (const list of byKey.values()) list.sort((a, b) => b.population - a.population);
  const PREP = "(?:a|au|en|in|at|to|de|from|vers|depuis|d')";
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${PREP} ?(${alternation(byKey.keys())})${WB_END}`, 'gu');
  return { byKey, re };
}

function choose(list: City[], preferred: readonly string[]): City {
  return list.find((c) => preferred.includes(c.country)) ?? list[0]!;
}

/** Cities named after a preposition or as a dateline, in text order; `preferred` countries win ambiguous names. */
export function findPlaces(text: string, lang: Lang, preferred: readonly string[] = []): PlaceMention[] {
  index ??= build();
  const f = foldWithMap(text);
  const out: PlaceMention[] = [];
  // A dateline opens one of the first lines: "NAIROBI, May 8, 2025 —", "Niamey, le 4 février 2025 –".
  let lineStart = 0;
  for (const line of text.split('\n').slice(0, 3)) {
    const d = /^\s*([\p{Lu}][\p{L}' .-]{2,40}?)\s*(?:,|\s[—–-])(?=[^\n]{0,25}\d)/u.exec(line);
    const list = d ? index.byKey.get(foldKey(d[1]!)) : undefined;
    if (d && list) {
      const city = choose(list, preferred);
      const start = lineStart + line.indexOf(d[1]!);
      out.push({ name: city[lang], country: city.country, via: 'dateline', start, end: start + d[1]!.length });
      break;
    }
    lineStart += line.length + 1;
  }
  for (const m of f.text.matchAll(index.re)) {
    const fs = m.index + m[0].length - m[1]!.length;
    const span = originalSpan(f, fs, m.index + m[0].length);
    const original = text.slice(span.start, span.end);
    // Place names are capitalised in both languages: "à nice occasion" is not Nice.
    if (!/^\p{Lu}/u.test(original)) continue;
    const city = choose(index.byKey.get(m[1]!)!, preferred);
    out.push({ name: original, country: city.country, via: 'preposition', ...span });
  }
  return out;
}

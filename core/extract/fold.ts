/**
 * Accent- and case-insensitive matching that still points back into the original text:
 * every extractor searches the folded copy and reports offsets in the text the user pasted,
 * so the form can highlight the exact words a value came from.
 */
export interface Folded {
  /** Lower case, no accents, typographic apostrophes as ', dashes and hyphens as spaces. */
  text: string;
  /** map[i] is the offset in the original text of folded character i; map[text.length] is the original length. */
  map: number[];
}

export function foldChar(ch: string): string {
  if (ch === '’' || ch === '‘' || ch === '`' || ch === '´') return "'";
  if (ch === '-' || ch === '‐' || ch === '‑' || ch === '–' || ch === '—') return ' ';
  if (ch === '\u00a0' || ch === '\u202f') return ' ';
  if (ch === 'œ') return 'oe';
  if (ch === 'Œ') return 'oe';
  if (ch === 'æ' || ch === 'Æ') return 'ae';
  return ch.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

export function foldWithMap(original: string): Folded {
  let text = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of original) {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) map.push(i);
    text += f;
    i += ch.length;
  }
  map.push(original.length);
  return { text, map };
}

/** The same folding for a dictionary entry, without the map. */
export function foldKey(s: string): string {
  let out = '';
  for (const ch of s) out += foldChar(ch);
  return out.replace(/\s+/g, ' ').trim();
}

/** Original [start, end) of the folded span [fs, fe). */
export function originalSpan(f: Folded, fs: number, fe: number): { start: number; end: number } {
  return { start: f.map[fs]!, end: fe >= f.map.length - 1 ? f.map[f.map.length - 1]! : f.map[fe]! };
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regular expression source matching any of the folded keys as whole words, longest first. */
export function alternation(keys: Iterable<string>): string {
  return [...new Set(keys)].filter(Boolean).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/** Word boundaries that understand accented letters (\b does not). */
export const WB_START = "(?<![\\p{L}\\p{N}])";
export const WB_END = "(?![\\p{L}\\p{N}])";

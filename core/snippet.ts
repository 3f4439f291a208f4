/**
 * A search hit's snippet, made from the indexed row's text the way FTS5's
 * `snippet(t, -1, …, '…', 14)` makes it: same window choice, same marking. Done here because
 * asking FTS5 for the page's snippets started the whole query again for every hit (1–25 ms each
 * for a common word at 100k events); the text itself is read by rowid for next to nothing.
 * Only words are compared, never markup: the parts go to the UI as plain text with a `hit` flag.
 */
import type { SnippetPart } from './records.ts';
import { isPrefix, type ParsedQuery } from './search-query.ts';
import { fold } from './text.ts';

/** Letters, digits, private-use and marks: what `unicode61` keeps in a word. */
const TOKEN_CHAR = /^[\p{L}\p{N}\p{Co}\p{M}]$/u;
const ELLIPSIS = '…';
/** Tokens in a snippet, as the API has always asked FTS5 for. */
export const SNIPPET_TOKENS = 14;

/** A query term as compared with the text: folded words; the last (only) one a prefix or not. */
type Phrase = { words: string[]; prefix: boolean };

// A page of 50 hits is ~65,000 characters of text: each column is split in one pass over its
// UTF-16 units with no allocation per word (positions go to typed arrays reused from call to
// call, which is safe as a snippet is made start to end without yielding), and a word's folded
// form is built only when its first letter could start a query word. A string per word and a
// set per scored window took 0.9 ms a page; this takes 0.6, most of it the one pass itself.

// Each non-ASCII character's folded form, or null when it is not part of a word.
const folds = new Map<number, string | null>();
function foldOf(code: number, ch: string): string | null {
  let f = folds.get(code);
  if (f === undefined) folds.set(code, (f = TOKEN_CHAR.test(ch) ? fold(ch) : null));
  return f;
}

// What each UTF-16 unit is, filled in as units are first met: 0 not yet known.
const UNKNOWN = 0;
const SPACE = 1; // white space, as FTS5's sentence rule counts it
const OTHER = 2; // any other character that is not part of a word
const ASCII = 3; // an ASCII letter or digit
const WORD = 4; // any other character of a word
const SURROGATE = 5; // the first half of a pair: looked at as one code point
const kinds = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  kinds[c] = alnum ? ASCII : c === 32 || c === 9 || c === 10 || c === 13 ? SPACE : OTHER;
}
for (let c = 0xd800; c <= 0xdbff; c++) kinds[c] = SURROGATE;

function kindOf(code: number): number {
  const k = foldOf(code, String.fromCharCode(code)) === null ? OTHER : WORD;
  kinds[code] = k;
  return k;
}

/**
 * The first letter of some phrase's first word, by ASCII code: words whose first unit is an ASCII
 * letter or digit not in it are never compared. `anyStart` when a phrase could start with anything.
 */
const firstLetters = new Uint8Array(128);
let anyStart = false;

function setPhrases(phrases: readonly Phrase[]): void {
  firstLetters.fill(0);
  anyStart = false;
  for (const p of phrases) {
    const c = p.words[0]!.charCodeAt(0);
    if (Number.isNaN(c)) anyStart = true;
    else if (c < 128) firstLetters[c] = 1;
  }
}

/** One column split into words: positions in reused arrays, valid until the next `split`. */
const cut = {
  text: '',
  size: 0,
  start: new Int32Array(256),
  end: new Int32Array(256),
  /** 1 when every unit of the word is an ASCII letter or digit: its folded form is its lower case. */
  ascii: new Uint8Array(256),
  /** Word positions that start a sentence (FTS5's rule: the first, and any after ". " or ": "). */
  sentences: [] as number[],
  /** Words that may start a phrase (see `firstLetters`), in order. */
  candidates: [] as number[],
  /** Folded words, filled on demand. */
  words: [] as (string | undefined)[],
};

function grow(): void {
  const n = cut.start.length * 2;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const ascii = new Uint8Array(n);
  start.set(cut.start);
  end.set(cut.end);
  ascii.set(cut.ascii);
  cut.start = start;
  cut.end = end;
  cut.ascii = ascii;
}

function split(text: string): void {
  cut.text = text;
  cut.words.length = 0;
  cut.sentences.length = 0;
  cut.candidates.length = 0;
  let size = 0;
  let inWord = false;
  let ascii = 1;
  // Since the last word: the last character that was not white space (0: none, the word itself),
  // and whether white space followed it.
  let lastMark = 0;
  let spaced = false;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    let kind = kinds[code]!;
    let pair = false;
    if (kind === UNKNOWN) kind = kindOf(code);
    else if (kind === SURROGATE) {
      const cp = text.codePointAt(i)!;
      pair = cp > 0xffff;
      kind = foldOf(cp, String.fromCodePoint(cp)) === null ? OTHER : WORD;
    }
    if (kind >= ASCII) {
      if (!inWord) {
        if (size === cut.start.length) grow();
        if (size === 0 || (spaced && (lastMark === 46 || lastMark === 58))) cut.sentences.push(size);
        if (kind !== ASCII || anyStart || firstLetters[code | (code >= 65 && code <= 90 ? 32 : 0)]) cut.candidates.push(size);
        cut.start[size] = i;
        inWord = true;
        ascii = 1;
      }
      if (kind !== ASCII) ascii = 0;
    } else {
      if (inWord) {
        cut.end[size] = i;
        cut.ascii[size] = ascii;
        size++;
        inWord = false;
        lastMark = 0;
      }
      if (kind === SPACE) spaced = true;
      else {
        lastMark = code;
        spaced = false;
      }
    }
    if (pair) i++;
  }
  if (inWord) {
    cut.end[size] = length;
    cut.ascii[size] = ascii;
    size++;
  }
  cut.size = size;
}

function wordAt(k: number): string {
  let w = cut.words[k];
  if (w !== undefined) return w;
  const { text } = cut;
  const from = cut.start[k]!;
  const to = cut.end[k]!;
  if (cut.ascii[k]) w = text.slice(from, to).toLowerCase();
  else {
    w = '';
    for (let i = from; i < to; ) {
      const cp = text.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      w += cp < 128 ? text[i]!.toLowerCase() : foldOf(cp, text.slice(i, i + width))!;
      i += width;
    }
  }
  cut.words[k] = w;
  return w;
}

/** Hits as parallel lists, in word order then phrase order: FTS5's instance order. */
type Hits = { phrase: number[]; pos: number[]; size: number[] };

function findHits(phrases: readonly Phrase[], hits: Hits): void {
  hits.phrase.length = 0;
  hits.pos.length = 0;
  hits.size.length = 0;
  const { size, candidates } = cut;
  for (let c = 0; c < candidates.length; c++) {
    const pos = candidates[c]!;
    for (let p = 0; p < phrases.length; p++) {
      const words = phrases[p]!.words;
      if (pos + words.length > size) continue;
      let hit: boolean;
      if (phrases[p]!.prefix) hit = wordAt(pos).startsWith(words[0]!);
      else {
        hit = true;
        for (let k = 0; k < words.length && hit; k++) hit = wordAt(pos + k) === words[k];
      }
      if (hit) {
        hits.phrase.push(p);
        hits.pos.push(pos);
        hits.size.push(words.length);
      }
    }
  }
}

const foldWord = (w: string): string => {
  anyStart = true;
  split(w);
  let out = '';
  for (let k = 0; k < cut.size; k++) out += wordAt(k);
  return out;
};

/** The phrases a matching row can show: every term that must or may match; excluded ones never appear. */
export function snippetPhrases(parsed: ParsedQuery): Phrase[] {
  return parsed.all.flat().map((t) => ({ words: t.words.map(foldWord), prefix: isPrefix(t) }));
}

// Phrases seen in the window being scored: a stamp per phrase instead of a set per window.
let seen = new Int32Array(16);
let stamp = 0;

/** FTS5's window score: 1,000 per distinct phrase inside, 1 per repeat; `scored.start` is where to start it so the hits sit in the middle. */
const scored = { score: 0, start: 0 };
function score(hits: Hits, from: number, size: number, n: number): void {
  stamp++;
  let total = 0;
  let first = -1;
  let last = 0;
  for (let i = 0; i < hits.pos.length; i++) {
    const pos = hits.pos[i]!;
    if (pos < from || pos >= from + n) continue;
    const phrase = hits.phrase[i]!;
    total += seen[phrase] === stamp ? 1 : 1000;
    seen[phrase] = stamp;
    if (first < 0) first = pos;
    last = pos + hits.size[i]!;
  }
  let start = first - Math.trunc((n - (last - first)) / 2);
  if (start + n > size) start = size - n;
  scored.score = total;
  scored.start = Math.max(0, start);
}

function render(hits: Hits, start: number, n: number): SnippetPart[] {
  const { text, size } = cut;
  const parts: SnippetPart[] = [];
  const push = (s: string, hit: boolean) => {
    if (!s) return;
    const prev = parts[parts.length - 1];
    if (prev && prev.hit === hit) prev.text += s;
    else parts.push({ text: s, hit });
  };
  // Hits that touch or overlap run together into one marked stretch, as FTS5 marks them.
  const spans: { from: number; to: number }[] = [];
  for (let i = 0; i < hits.pos.length; i++) {
    const pos = hits.pos[i]!;
    const to = pos + hits.size[i]! - 1;
    const prev = spans[spans.length - 1];
    if (prev && pos <= prev.to) prev.to = Math.max(prev.to, to);
    else spans.push({ from: pos, to });
  }
  let span = spans.findIndex((s) => s.from >= start);
  if (span < 0) span = spans.length;
  const end = start + n - 1;
  if (start > 0) push(ELLIPSIS, false);
  let off = start > 0 && start < size ? cut.start[start]! : 0;
  let open = false;
  for (let pos = start; pos <= end && pos < size; pos++) {
    const s = spans[span];
    if (s && pos === s.from && !open) {
      push(text.slice(off, cut.start[pos]), false);
      off = cut.start[pos]!;
      open = true;
    }
    if (s && pos === s.to) {
      push(text.slice(off, cut.end[pos]), true);
      off = cut.end[pos]!;
      open = false;
      span++;
    }
    if (pos === end && open) {
      push(text.slice(off, cut.end[pos]), true);
      off = cut.end[pos]!;
      open = false;
    }
  }
  if (end >= size - 1) push(text.slice(off), false);
  else {
    push(text.slice(off, cut.end[end]), false);
    push(ELLIPSIS, false);
  }
  return parts;
}

const hits: Hits = { phrase: [], pos: [], size: [] };

/**
 * The best window of `n` tokens over the row's columns (in index order; the first wins a tie):
 * FTS5's choice, including its bonus for a window that starts a sentence.
 */
export function makeSnippet(columns: readonly (string | null)[], phrases: readonly Phrase[], n = SNIPPET_TOKENS): SnippetPart[] {
  if (seen.length < phrases.length) seen = new Int32Array(phrases.length * 2);
  setPhrases(phrases);
  let bestScore = 0;
  let bestCol = 0;
  let bestStart = 0;
  for (let i = 0; i < columns.length; i++) {
    split(columns[i] ?? '');
    findHits(phrases, hits);
    const size = cut.size;
    const starts = cut.sentences;
    for (let h = 0; h < hits.pos.length; h++) {
      const pos = hits.pos[h]!;
      score(hits, pos, size, n);
      if (scored.score > bestScore) {
        bestScore = scored.score;
        bestCol = i;
        bestStart = scored.start;
      }
      if (starts.length && size > n) {
        let j = 0;
        while (j < starts.length - 1 && starts[j + 1]! <= pos) j++;
        if (starts[j]! < pos) {
          score(hits, starts[j]!, size, n);
          const bonus = scored.score + (starts[j] === 0 ? 120 : 100);
          if (bonus > bestScore) {
            bestScore = bonus;
            bestCol = i;
            bestStart = starts[j]!;
          }
        }
      }
    }
  }
  if (columns.length === 0) return [];
  split(columns[bestCol] ?? '');
  findHits(phrases, hits);
  return render(hits, bestStart, n);
}

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

type Token = { start: number; end: number; word: string };
/** A query term as compared with the text: folded words; the last (only) one a prefix or not. */
type Phrase = { words: string[]; prefix: boolean };
type Inst = { phrase: number; pos: number; size: number };

// Each character's folded form, or null when it is not part of a word: folding and splitting a
// column a character at a time is what keeps 50 snippets under a millisecond (a regex and a
// normalize per word took ten).
const folds = new Map<number, string | null>();
function foldChar(code: number, ch: string): string | null {
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return ch;
  if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
  if (code < 128) return null;
  let f = folds.get(code);
  if (f === undefined) folds.set(code, (f = TOKEN_CHAR.test(ch) ? fold(ch) : null));
  return f;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let word = '';
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const f = foldChar(code, width === 1 ? text[i]! : text.slice(i, i + 2));
    if (f === null) {
      if (start >= 0) out.push({ start, end: i, word });
      start = -1;
      word = '';
    } else {
      if (start < 0) start = i;
      word += f;
    }
    i += width;
  }
  if (start >= 0) out.push({ start, end: text.length, word });
  return out;
}

const foldWord = (w: string): string => tokenize(w).map((t) => t.word).join('');

/** The phrases a matching row can show: every term that must or may match; excluded ones never appear. */
export function snippetPhrases(parsed: ParsedQuery): Phrase[] {
  return parsed.all.flat().map((t) => ({ words: t.words.map(foldWord), prefix: isPrefix(t) }));
}

function instances(tokens: readonly Token[], phrases: readonly Phrase[]): Inst[] {
  const out: Inst[] = [];
  for (let pos = 0; pos < tokens.length; pos++) {
    phrases.forEach((p, phrase) => {
      if (pos + p.words.length > tokens.length) return;
      const hit = p.prefix ? tokens[pos]!.word.startsWith(p.words[0]!) : p.words.every((w, k) => tokens[pos + k]!.word === w);
      if (hit) out.push({ phrase, pos, size: p.words.length });
    });
  }
  return out;
}

/** Token positions that start a sentence: the first, and any after ". " or ": ". */
function sentenceStarts(text: string, tokens: readonly Token[]): number[] {
  const starts = tokens.length ? [0] : [];
  for (let i = 1; i < tokens.length; i++) {
    let j = tokens[i]!.start - 1;
    while (j >= 0 && ' \t\n\r'.includes(text[j]!)) j--;
    if (j !== tokens[i]!.start - 1 && (text[j] === '.' || text[j] === ':')) starts.push(i);
  }
  return starts;
}

/** FTS5's window score: 1,000 per distinct phrase inside, 1 per repeat; and where to start it so the hits sit in the middle. */
function score(insts: readonly Inst[], from: number, size: number, n: number): { score: number; start: number } {
  const seen = new Set<number>();
  let total = 0;
  let first = -1;
  let last = 0;
  for (const inst of insts) {
    if (inst.pos < from || inst.pos >= from + n) continue;
    total += seen.has(inst.phrase) ? 1 : 1000;
    seen.add(inst.phrase);
    if (first < 0) first = inst.pos;
    last = inst.pos + inst.size;
  }
  let start = first - Math.trunc((n - (last - first)) / 2);
  if (start + n > size) start = size - n;
  return { score: total, start: Math.max(0, start) };
}

type Column = { text: string; tokens: Token[]; insts: Inst[] };

function render(col: Column, start: number, n: number): SnippetPart[] {
  const { text, tokens } = col;
  const parts: SnippetPart[] = [];
  const push = (s: string, hit: boolean) => {
    if (!s) return;
    const prev = parts[parts.length - 1];
    if (prev && prev.hit === hit) prev.text += s;
    else parts.push({ text: s, hit });
  };
  // Hits that touch or overlap run together into one marked stretch, as FTS5 marks them.
  const spans: { from: number; to: number }[] = [];
  for (const inst of col.insts) {
    const to = inst.pos + inst.size - 1;
    const prev = spans[spans.length - 1];
    if (prev && inst.pos <= prev.to) prev.to = Math.max(prev.to, to);
    else spans.push({ from: inst.pos, to });
  }
  let span = spans.findIndex((s) => s.from >= start);
  if (span < 0) span = spans.length;
  const end = start + n - 1;
  if (start > 0) push(ELLIPSIS, false);
  let off = start > 0 && tokens[start] ? tokens[start].start : 0;
  let open = false;
  for (let pos = start; pos <= end && pos < tokens.length; pos++) {
    const t = tokens[pos]!;
    const s = spans[span];
    if (s && pos === s.from && !open) {
      push(text.slice(off, t.start), false);
      off = t.start;
      open = true;
    }
    if (s && pos === s.to) {
      push(text.slice(off, t.end), true);
      off = t.end;
      open = false;
      span++;
    }
    if (pos === end && open) {
      push(text.slice(off, t.end), true);
      off = t.end;
      open = false;
    }
  }
  if (end >= tokens.length - 1) push(text.slice(off), false);
  else {
    push(text.slice(off, tokens[end]!.end), false);
    push(ELLIPSIS, false);
  }
  return parts;
}

/**
 * The best window of `n` tokens over the row's columns (in index order; the first wins a tie):
 * FTS5's choice, including its bonus for a window that starts a sentence.
 */
export function makeSnippet(columns: readonly (string | null)[], phrases: readonly Phrase[], n = SNIPPET_TOKENS): SnippetPart[] {
  let best = { score: 0, col: 0, start: 0 };
  const cols: Column[] = columns.map((c) => {
    const text = c ?? '';
    const tokens = tokenize(text);
    return { text, tokens, insts: instances(tokens, phrases) };
  });
  cols.forEach((col, i) => {
    const size = col.tokens.length;
    const starts = sentenceStarts(col.text, col.tokens);
    for (const inst of col.insts) {
      const at = score(col.insts, inst.pos, size, n);
      if (at.score > best.score) best = { score: at.score, col: i, start: at.start };
      if (starts.length && size > n) {
        let j = 0;
        while (j < starts.length - 1 && starts[j + 1]! <= inst.pos) j++;
        if (starts[j]! < inst.pos) {
          const bonus = score(col.insts, starts[j]!, size, n).score + (starts[j] === 0 ? 120 : 100);
          if (bonus > best.score) best = { score: bonus, col: i, start: starts[j]! };
        }
      }
    }
  });
  const col = cols[best.col];
  return col ? render(col, best.start, n) : [];
}

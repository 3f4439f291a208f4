/**
 * Turns whatever a person types into a safe FTS5 expression. Every word becomes a quoted
 * prefix term, so quotes, hyphens, apostrophes, parentheses, emoji, a lone `*` or `"`, or
 * the words AND/NEAR can never be read as FTS syntax and never raise an error.
 * What we do honour: "exact phrases", OR between words, and -word / NOT word to exclude.
 */

/** Letters and digits, as FTS5's unicode61 tokenizer sees words; marks keep accented letters whole. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** One word (a prefix unless it was quoted) or a phrase of several words in order (never a prefix). */
export type Term = { words: string[]; phrase: boolean };
/** Every clause must match; within a clause, any of its terms. */
export interface ParsedQuery {
  all: Term[][];
  none: Term[];
}

export function parseQuery(input: string): ParsedQuery | null {
  const all: Term[][] = [];
  const none: Term[] = [];
  let pendingOr = false;
  let pendingNot = false;

  // Split into quoted phrases and bare chunks; an unterminated quote runs to the end.
  const parts = input.match(/"[^"]*"?|[^\s"]+/g) ?? [];
  for (const part of parts) {
    const isPhrase = part.startsWith('"');
    if (!isPhrase && part === 'OR') { pendingOr = all.length > 0; continue; }
    if (!isPhrase && part === 'NOT') { pendingNot = true; continue; }
    const negate = pendingNot || (!isPhrase && part.startsWith('-') && part.length > 1);
    pendingNot = false;
    const words = part.match(WORD) ?? [];
    if (words.length === 0) continue;
    const term: Term = { words, phrase: isPhrase || words.length > 1 };
    if (negate) { none.push(term); pendingOr = false; continue; }
    if (pendingOr && all.length > 0) all[all.length - 1]!.push(term);
    else all.push([term]);
    pendingOr = false;
  }
  return all.length ? { all, none } : null;
}

export const isPrefix = (t: Term): boolean => t.words.length === 1 && !t.phrase;

function quote(words: readonly string[], prefix: boolean): string {
  return `"${words.join(' ').replace(/"/g, '""')}"${prefix ? '*' : ''}`;
}

/**
 * Lists the indexed words a prefix stands for, or null to leave it a prefix for FTS5 to expand.
 * See db/search.ts: FTS5 copies and merges the postings of every word a long prefix covers
 * each time a statement starts, which costs more than the rest of a search.
 */
export type ExpandPrefix = (word: string) => readonly string[] | null;

/** A term as FTS5 syntax; null when it was expanded to no word at all (it matches nothing). */
function render(t: Term, expand?: ExpandPrefix): string | null {
  if (!isPrefix(t)) return quote(t.words, false);
  const words = expand?.(t.words[0]!);
  if (!words) return quote(t.words, true);
  if (words.length === 0) return null;
  return words.length === 1 ? quote(words, false) : `(${words.map((w) => quote([w], false)).join(' OR ')})`;
}

function anyOf(terms: readonly Term[], expand?: ExpandPrefix): string | null {
  const rendered = terms.map((t) => render(t, expand)).filter((r): r is string => r !== null);
  if (rendered.length === 0) return null;
  return rendered.length === 1 ? rendered[0]! : `(${rendered.join(' OR ')})`;
}

/** The FTS5 expression for `parsed`; null when nothing can match. */
export function renderQuery(parsed: ParsedQuery, expand?: ExpandPrefix): string | null {
  const clauses: string[] = [];
  for (const clause of parsed.all) {
    const r = anyOf(clause, expand);
    if (r === null) return null;
    clauses.push(r);
  }
  const body = clauses.join(' AND ');
  const excluded = parsed.none.map((t) => render(t, expand)).filter((r): r is string => r !== null);
  return excluded.length ? `(${body}) NOT (${excluded.join(' OR ')})` : body;
}

export function toFtsQuery(input: string, expand?: ExpandPrefix): string | null {
  const parsed = parseQuery(input);
  return parsed ? renderQuery(parsed, expand) : null;
}

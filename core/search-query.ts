/**
 * Turns whatever a person types into a safe FTS5 expression. Every word becomes a quoted
 * prefix term, so quotes, hyphens, apostrophes, parentheses, emoji, a lone `*` or `"`, or
 * the words AND/NEAR can never be read as FTS syntax and never raise an error.
 * What we do honour: "exact phrases", OR between words, and -word / NOT word to exclude.
 */

/** Letters and digits, as FTS5's unicode61 tokenizer sees words; marks keep accented letters whole. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

type Term = { words: string[]; phrase: boolean };
type Clause = { any: Term[] };

function quote(words: string[], prefix: boolean): string {
  return `"${words.join(' ').replace(/"/g, '""')}"${prefix ? '*' : ''}`;
}

function render(t: Term): string {
  return t.words.length === 1 ? quote(t.words, !t.phrase) : quote(t.words, false);
}

export function toFtsQuery(input: string): string | null {
  const positives: Clause[] = [];
  const negatives: Term[] = [];
  let pendingOr = false;
  let pendingNot = false;

  // Split into quoted phrases and bare chunks; an unterminated quote runs to the end.
  const parts = input.match(/"[^"]*"?|[^\s"]+/g) ?? [];
  for (const part of parts) {
    const isPhrase = part.startsWith('"');
    if (!isPhrase && part === 'OR') { pendingOr = positives.length > 0; continue; }
    if (!isPhrase && part === 'NOT') { pendingNot = true; continue; }
    const negate = pendingNot || (!isPhrase && part.startsWith('-') && part.length > 1);
    pendingNot = false;
    const words = part.match(WORD) ?? [];
    if (words.length === 0) continue;
    const terms: Term[] = isPhrase ? [{ words, phrase: true }] : words.length > 1 ? [{ words, phrase: true }] : [{ words, phrase: false }];
    if (negate) { negatives.push(...terms); pendingOr = false; continue; }
    if (pendingOr && positives.length > 0) positives[positives.length - 1]!.any.push(...terms);
    else positives.push({ any: terms });
    pendingOr = false;
  }
  if (positives.length === 0) return null;
  const body = positives.map((c) => (c.any.length === 1 ? render(c.any[0]!) : `(${c.any.map(render).join(' OR ')})`)).join(' AND ');
  return negatives.length ? `(${body}) NOT (${negatives.map(render).join(' OR ')})` : body;
}

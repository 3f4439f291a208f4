import type { Span } from './types.ts';

export interface Sentence extends Span {
  text: string;
  /** Index of the line (paragraph) the sentence sits in. */
  line: number;
}

const ABBREVIATION = /(?:^|[\s(])(?:M|Mr|Mrs|Ms|Mme|Mlle|Dr|Pr|St|Gen|Gén|Col|Mgr|Sen|Rep|\p{Lu})$/u;

/** Lines, then sentences inside them: a full stop, question or exclamation mark followed by a space and a capital ends one. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  let line = 0;
  for (const rawLine of text.split('\n')) {
    const re = /[.!?](?=\s+["«“(]?\p{Lu})|$/gu;
    let start = 0;
    for (const m of rawLine.matchAll(re)) {
      // "M. Fidan", "Dr. Sow", "J. Smith": an abbreviation or an initial does not end a sentence.
      if (m[0] === '.' && ABBREVIATION.test(rawLine.slice(Math.max(0, m.index - 5), m.index))) continue;
      const end = m.index + (m[0] ? 1 : 0);
      const piece = rawLine.slice(start, end);
      const lead = piece.length - piece.trimStart().length;
      const trimmed = piece.trim();
      if (trimmed) out.push({ text: trimmed, start: lineStart + start + lead, end: lineStart + start + lead + trimmed.length, line });
      start = end;
      if (!m[0]) break;
    }
    lineStart += rawLine.length + 1;
    line++;
  }
  return out;
}

export function sentenceAt(all: Sentence[], offset: number): Sentence | undefined {
  return all.find((s) => offset >= s.start && offset < s.end);
}

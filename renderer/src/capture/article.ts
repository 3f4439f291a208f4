/**
 * What the capture flow carries from the paste dialog to the form: the text as the engine
 * read it (evidence offsets point into it), and the draft it proposes.
 */
import type { Evidence } from '../../../core/extract/index.ts';
import { LIMITS } from '../../../core/limits.ts';
import type { Input } from '../../../core/contract.ts';
import type { Lang } from '../../../core/taxonomy.ts';

export interface CapturedArticle {
  /** Tells one capture from the next, so pasting again starts a fresh form. */
  id: number;
  text: string;
  draft: Partial<Input<'events.create'>>;
  evidence: Evidence[];
  lang: Lang;
}

export type CaptureProblem = 'empty' | 'tooLong';

/** The pasted text's problem, if any: the form keeps it as the event's source, so it must fit. */
export function checkArticle(text: string): CaptureProblem | null {
  if (text.trim() === '') return 'empty';
  if (text.replace(/\r\n?/g, '\n').length > LIMITS.sourceText) return 'tooLong';
  return null;
}

let captures = 0;

/**
 * Runs the extraction with today as the reading date. When the text gives no date, the engine
 * falls back to that reading date; we leave the date empty instead, so the user is asked for it
 * on save rather than filing the event under the day it was pasted.
 */
export async function captureArticle(text: string, today: string, lang?: Lang): Promise<CapturedArticle> {
  // Loaded on first use: the engine and its gazetteer are most of the page's script, and the
  // timeline must not wait for them at start-up.
  const { extractDraft } = await import('../../../core/extract/index.ts');
  const result = extractDraft(text, { refDate: today, ...(lang ? { lang } : {}) });
  const dated = result.evidence.some((e) => e.field === 'date');
  const draft = dated ? result.draft : { ...result.draft, date: '' };
  captures += 1;
  return { id: captures, text: result.draft.sourceText ?? text, draft, evidence: result.evidence, lang: result.lang };
}

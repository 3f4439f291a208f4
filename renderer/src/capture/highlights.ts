/**
 * The source text's highlights and their link to the form's fields. Evidence names fields the
 * way the form's `data-field` attributes do (`people[1]`, `followUps[0].place`), so one string
 * ties a highlighted word to the control that holds its value.
 */
import type { Evidence } from '../../../core/extract/index.ts';

/** A highlighted stretch of the text; a follow-up's sentence holds its place and wording. */
export interface MarkNode {
  start: number;
  end: number;
  /** The fields this stretch gave a value to (one span can give two, e.g. a place and its country). */
  fields: string[];
  children: MarkNode[];
}

/**
 * Nests the evidence spans into a tree, sorted by position. A span that crosses the end of the
 * one it starts in is cut at that end: marks must nest to be rendered as elements.
 */
export function markTree(text: string, evidence: readonly Evidence[]): MarkNode[] {
  const spans = evidence
    .filter((e) => Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.end <= text.length && e.start < e.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const roots: MarkNode[] = [];
  const open: MarkNode[] = [];
  for (const e of spans) {
    while (open.length > 0 && open[open.length - 1]!.end <= e.start) open.pop();
    const parent = open[open.length - 1];
    const end = parent ? Math.min(e.end, parent.end) : e.end;
    if (parent && parent.start === e.start && parent.end === end) {
      if (!parent.fields.includes(e.field)) parent.fields.push(e.field);
      continue;
    }
    const node: MarkNode = { start: e.start, end, fields: [e.field], children: [] };
    (parent ? parent.children : roots).push(node);
    open.push(node);
  }
  return roots;
}

const ROOT = /^[A-Za-z]+(?:\[\d+\])?/;

/**
 * The field a focused control stands for, as evidence names it: `people[1].title` → `people[1]`
 * (the whole person), `place.country` → `place`, `precision` → `date`.
 */
export function fieldRoot(dataField: string): string {
  const root = ROOT.exec(dataField)?.[0] ?? dataField;
  return root === 'precision' ? 'date' : root;
}

/** Whether a piece of evidence belongs to the focused field: `people` (the picker) covers every person. */
export function belongsTo(evidenceField: string, root: string): boolean {
  return evidenceField === root || evidenceField.startsWith(`${root}.`) || evidenceField.startsWith(`${root}[`);
}

/**
 * The form controls to try, in order, to reach an evidence field: a person is reached by their
 * name (or their title when picked from the directory), a follow-up by its title, a country or
 * topic by the list's picker.
 */
export function controlCandidates(field: string): string[] {
  const list = field.replace(/\[\d+\]$/, '');
  return [...new Set([field, `${field}.name`, `${field}.title`, list, fieldRoot(field)])];
}

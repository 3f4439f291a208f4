import { describe, expect, test } from 'vitest';
import { extractDraft } from '../../../core/extract/index.ts';
import { eventInput } from '../../../core/schemas.ts';
import { ownArticles, sharedFixture } from './corpus.ts';
import type { Field, Tally } from './scores.ts';
import { FIELDS, precision, recall, score, table } from './scores.ts';

const articles = [sharedFixture(), ...ownArticles()];

describe('the article set', () => {
  test('holds the shared fixture and at least ten articles of our own, in French and English', () => {
    expect(articles.length).toBeGreaterThanOrEqual(11);
    const langs = new Set(articles.map((a) => extractDraft(a.text).lang));
    expect(langs).toEqual(new Set(['fr', 'en']));
  });

  test.each(articles.map((a) => [a.name, a] as const))('every expected draft of %s is a valid events.create input', (_name, a) => {
    expect(eventInput.safeParse({ ...a.expected, sourceText: a.text }).success).toBe(true);
  });

  test.each(articles.map((a) => [a.name, a] as const))('the extracted draft of %s is a valid events.create input', (_name, a) => {
    const parsed = eventInput.safeParse(extractDraft(a.text).draft);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  test('precision and recall per field stay within sane bounds over the whole set', () => {
    const totals = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Field, Tally>;
    for (const a of articles) {
      const got = extractDraft(a.text).draft;
      for (const f of FIELDS) {
        const t = score(got, a.expected, f);
        totals[f].tp += t.tp;
        totals[f].fp += t.fp;
        totals[f].fn += t.fn;
      }
    }
    console.log(`Extraction over ${articles.length} articles\n${table(totals)}`);
    const all = FIELDS.reduce((acc, f) => ({ tp: acc.tp + totals[f].tp, fp: acc.fp + totals[f].fp, fn: acc.fn + totals[f].fn }), { tp: 0, fp: 0, fn: 0 });
    expect(recall(all)).toBeGreaterThanOrEqual(0.7);
    expect(precision(all)).toBeGreaterThanOrEqual(0.7);
    for (const f of FIELDS) expect(recall(totals[f]), f).toBeGreaterThanOrEqual(0.5);
  });
});

import { describe, expect, test } from 'vitest';
import { captureArticle, checkArticle } from '../../../renderer/src/capture/article.ts';
import { belongsTo, controlCandidates, fieldRoot, markTree } from '../../../renderer/src/capture/highlights.ts';
import { LIMITS } from '../../../core/limits.ts';

const TEXT = 'Une session est prévue à Bamako dans les prochaines semaines.';
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

describe('markTree', () => {
  test('nests a follow-up’s place and wording inside its sentence', () => {
    const tree = markTree(TEXT, [
      { field: 'followUps[0]', start: 0, end: TEXT.length },
      { field: 'followUps[0].wording', ...at('dans les prochaines semaines') },
      { field: 'followUps[0].place', ...at('Bamako') },
    ]);
    expect(tree).toHaveLength(1);
    expect(tree[0]!.fields).toEqual(['followUps[0]']);
    expect(tree[0]!.children.map((c) => [c.fields, TEXT.slice(c.start, c.end)])).toEqual([
      [['followUps[0].place'], 'Bamako'],
      [['followUps[0].wording'], 'dans les prochaines semaines'],
    ]);
  });

  test('gives one mark to one span that fed two fields', () => {
    const tree = markTree(TEXT, [{ field: 'place', ...at('Bamako') }, { field: 'countries[0]', ...at('Bamako') }]);
    expect(tree).toEqual([{ ...at('Bamako'), fields: ['place', 'countries[0]'], children: [] }]);
  });

  test('cuts a span that crosses the end of the one it starts in, so marks still nest', () => {
    const tree = markTree(TEXT, [{ field: 'a', start: 0, end: 10 }, { field: 'b', start: 5, end: 20 }]);
    expect(tree[0]!.children).toEqual([{ start: 5, end: 10, fields: ['b'], children: [] }]);
  });

  test('drops spans outside the text or empty', () => {
    expect(markTree('abc', [{ field: 'x', start: 2, end: 9 }, { field: 'y', start: 1, end: 1 }, { field: 'z', start: -1, end: 2 }])).toEqual([]);
  });
});

describe('linking fields and words', () => {
  test('a focused control stands for its whole row or field', () => {
    expect(fieldRoot('people[1].title')).toBe('people[1]');
    expect(fieldRoot('place.country')).toBe('place');
    expect(fieldRoot('precision')).toBe('date');
    expect(fieldRoot('followUps[0].window.from')).toBe('followUps[0]');
  });

  test('the people picker covers every person, a person row only its own words', () => {
    expect(belongsTo('people[2].title', 'people')).toBe(true);
    expect(belongsTo('people[2].title', 'people[2]')).toBe(true);
    expect(belongsTo('people[12]', 'people[1]')).toBe(false);
    expect(belongsTo('followUps[0].place', 'place')).toBe(false);
  });

  test('a person is reached by name, a follow-up by title, a country by the list’s picker', () => {
    expect(controlCandidates('people[1]')).toEqual(['people[1]', 'people[1].name', 'people[1].title', 'people']);
    expect(controlCandidates('countries[0]')).toContain('countries');
  });
});

describe('capturing an article', () => {
  test('leaves the date empty when the text gives none, rather than the day it was pasted', async () => {
    const article = await captureArticle('Le ministre a reçu une délégation de la CEDEAO pour un échange sur la sécurité.', '2026-03-02');
    expect(article.draft.date).toBe('');
    expect(article.evidence.some((e) => e.field === 'date')).toBe(false);
  });

  test('keeps the date the text gives, with the offsets of its words into the kept text', async () => {
    const article = await captureArticle('Le 23 juin 2025, à Moscou, les ministres se sont rencontrés.\r\n', '2026-03-02');
    expect(article.draft.date).toBe('2025-06-23');
    const date = article.evidence.find((e) => e.field === 'date')!;
    expect(article.text.slice(date.start, date.end)).toBe('23 juin 2025');
  });

  test('refuses an empty text and one too long to keep as the event’s source', () => {
    expect(checkArticle(' \n ')).toBe('empty');
    expect(checkArticle('x'.repeat(LIMITS.sourceText + 1))).toBe('tooLong');
    expect(checkArticle('Le 23 juin 2025, à Moscou.')).toBeNull();
  });
});

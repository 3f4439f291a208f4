import { describe, expect, test } from 'vitest';
import { extractDraft } from '../../../core/extract/index.ts';
import { eventInput } from '../../../core/schemas.ts';
import { sharedFixture } from './corpus.ts';

const { text, expected } = sharedFixture();
const result = extractDraft(text);
const at = (field: string) => {
  const e = result.evidence.find((x) => x.field === field);
  return e ? text.slice(e.start, e.end) : undefined;
};

describe('the Mali–Russia article of 23 June 2025', () => {
  test('is read as French without being told', () => {
    expect(result.lang).toBe('fr');
  });

  test('gives exactly the expected draft', () => {
    const { summary, sourceText, ...rest } = result.draft;
    expect(rest).toEqual(expected);
    expect(sourceText).toBe(text.replace(/\r\n?/g, '\n'));
    expect(summary).toMatch(/^À Moscou, le Mali et la Russie/);
  });

  test('gives a draft events.create accepts as it is', () => {
    const parsed = eventInput.parse(result.draft);
    expect(parsed.date).toBe('2025-06-23');
    expect(parsed.followUps[0]?.window).toEqual({ from: '2025-06-24', to: '2025-08-04' });
  });

  test('links each value to the words it came from', () => {
    expect(at('date')).toBe('23 juin 2025');
    expect(at('place')).toBe('Moscou');
    expect(at('countries[0]')).toBe('Mali');
    expect(at('countries[1]')).toBe('Russie');
    expect(at('organisations[0]')).toBe('Confédération des États du Sahel');
    expect(at('people[1]')).toBe('Abdoulaye Diop');
    expect(at('people[1].title')).toBe('ministre malien des Affaires étrangères');
    expect(at('topics[0]')).toBe('La lutte contre le terrorisme dans le Sahel');
    expect(at('followUps[0].wording')).toBe('dans les prochaines semaines');
    expect(at('followUps[0].place')).toBe('Bamako');
    expect(at('kind')).toBe('rencontre');
  });

  test('gives the same draft when the reading date changes, since the article dates itself', () => {
    expect(extractDraft(text, { refDate: '2026-01-15' }).draft).toEqual(result.draft);
  });
});

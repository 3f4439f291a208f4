/** The timeline's saved filters: a setting checked at the boundary like the others, and what the API filters on. */
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../api/validate.ts';
import { inputs } from '../../core/contract.ts';
import { ApiError } from '../../core/errors.ts';
import { hasFilters, NO_FILTERS, toApiFilters } from '../../core/timeline-filters.ts';
import type { FilterChip } from '../../core/timeline-filters.ts';

const ORG = '01a22877-0000-7000-8000-0000000000aa';
const senegal: FilterChip = { dim: 'countries', value: 'SN', labels: { en: 'Senegal', fr: 'Sénégal' } };
const meeting: FilterChip = { dim: 'kinds', value: 'meeting', labels: { en: 'Meeting', fr: 'Réunion' } };
const org: FilterChip = { dim: 'organisations', value: ORG, labels: { en: 'African Union', fr: 'Union africaine' } };

const patch = (timelineFilters: unknown) => parseInput(inputs['settings.update'], { timelineFilters });
function issues(timelineFilters: unknown): { field: string; problem: string }[] {
  try {
    patch(timelineFilters);
  } catch (err) {
    if (err instanceof ApiError) return err.issues;
    throw err;
  }
  throw new Error('expected an ApiError');
}

describe('the timelineFilters setting', () => {
  it('takes chips of every dimension and a date range, and an empty object as no filters', () => {
    const filters = { chips: [senegal, meeting, org, { dim: 'people', value: ORG, labels: { en: 'A', fr: 'A' } }, { dim: 'topics', value: ORG, labels: { en: 'T', fr: 'T' } }], from: '2025-01-01', to: '2025-12-31' };
    expect(patch(filters)).toEqual({ timelineFilters: filters });
    expect(patch({})).toEqual({ timelineFilters: { chips: [] } });
    expect(patch({ chips: [], from: '2025-03-01', to: '2025-03-01' })).toMatchObject({ timelineFilters: { from: '2025-03-01', to: '2025-03-01' } });
    expect(patch({ chips: Array.from({ length: 50 }, () => meeting) }).timelineFilters!.chips).toHaveLength(50);
  });

  it.each([
    ['not an object', null, 'timelineFilters', 'must be filters { chips, from, to }'],
    ['an unknown key', { chips: [], colour: 'red' }, 'timelineFilters.colour', 'is not a known field'],
    ['chips that are no list', { chips: 'SN' }, 'timelineFilters.chips', 'must be a list'],
    ['51 chips', { chips: Array.from({ length: 51 }, () => meeting) }, 'timelineFilters.chips', 'has more than 50 filters'],
    ['a chip that is no object', { chips: ['SN'] }, 'timelineFilters.chips[0]', 'must be a filter { dim, value, labels }'],
    ['an unknown dimension', { chips: [{ ...senegal, dim: 'planets' }] }, 'timelineFilters.chips[0].dim', 'must be one of countries, organisations, people, kinds, topics'],
    ['an empty value', { chips: [{ ...senegal, value: '' }] }, 'timelineFilters.chips[0].value', 'must not be empty'],
    ['a value of 201 characters', { chips: [{ ...org, value: 'x'.repeat(201) }] }, 'timelineFilters.chips[0].value', 'is longer than 200 characters'],
    ['a country that is none', { chips: [{ ...senegal, value: 'XX' }] }, 'timelineFilters.chips[0].value', 'XX is not an ISO 3166-1 alpha-2 country code'],
    ['an organisation that is no id', { chips: [meeting, { ...org, value: 'african-union' }] }, 'timelineFilters.chips[1].value', 'is not a valid id'],
    ['a kind that is none', { chips: [{ ...meeting, value: 'party' }] }, 'timelineFilters.chips[0].value', /^must be one of meeting, /],
    ['labels without French', { chips: [{ ...senegal, labels: { en: 'Senegal' } }] }, 'timelineFilters.chips[0].labels.fr', 'is required'],
    ['a label that is no text', { chips: [{ ...senegal, labels: { en: 'Senegal', fr: 5 } }] }, 'timelineFilters.chips[0].labels.fr', 'must be text'],
    ['labels that are no object', { chips: [{ ...senegal, labels: 'Senegal' }] }, 'timelineFilters.chips[0].labels', 'must be { en, fr }'],
    ['a chip with an extra key', { chips: [{ ...senegal, colour: 'red' }] }, 'timelineFilters.chips[0].colour', 'is not a known field'],
    ['30 February', { from: '2025-02-30' }, 'timelineFilters.from', '2025-02-30 is not a calendar date'],
    ['a number as a date', { to: 20250101 }, 'timelineFilters.to', 'must be a date (YYYY-MM-DD)'],
    ['a range that ends before it starts', { from: '2025-03-01', to: '2025-02-01' }, 'timelineFilters.to', '2025-02-01 is before 2025-03-01'],
  ] as const)('refuses %s, naming the field', (_why, input, field, problem) => {
    const found = issues(input);
    expect(found).toHaveLength(1);
    expect(found[0]!.field).toBe(field);
    if (typeof problem === 'string') expect(found[0]!.problem).toBe(problem);
    else expect(found[0]!.problem).toMatch(problem);
  });

  it('reports a bad date once, not again as a bad range', () => {
    expect(issues({ from: '2025-13-01', to: '2025-02-01' })).toEqual([{ field: 'timelineFilters.from', problem: '2025-13-01 is not a calendar date' }]);
  });
});

describe('toApiFilters', () => {
  it('makes the chips of one dimension alternatives, in a fixed order of dimensions', () => {
    const japan = { ...senegal, value: 'JP' };
    expect(toApiFilters({ chips: [meeting, senegal, org, japan], to: '2025-06-30' })).toEqual({ countries: ['SN', 'JP'], organisations: [ORG], kinds: ['meeting'], to: '2025-06-30' });
    expect(JSON.stringify(toApiFilters({ chips: [meeting, senegal] }))).toBe(JSON.stringify(toApiFilters({ chips: [senegal, meeting] })));
    expect(toApiFilters(NO_FILTERS)).toEqual({});
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ chips: [], from: '2025-01-01' })).toBe(true);
  });
});

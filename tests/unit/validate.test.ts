/** How a schema failure becomes an error a person can read: the field, then the problem. */
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { fieldPath, parseInput } from '../../api/validate.ts';
import { inputs } from '../../core/contract.ts';
import { ApiError } from '../../core/errors.ts';

function failure(run: () => unknown): ApiError {
  try {
    run();
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('expected an ApiError');
}

describe('fieldPath', () => {
  it.each([
    [[], ''],
    [['date'], 'date'],
    [['people', 0, 'name'], 'people[0].name'],
    [['events', 3, 'followUps', 1, 'window', 'to'], 'events[3].followUps[1].window.to'],
  ] as const)('writes %j as %j', (path, expected) => {
    expect(fieldPath(path)).toBe(expected);
  });
});

describe('parseInput', () => {
  it('returns the parsed, defaulted value when valid', () => {
    expect(parseInput(inputs['events.create'], { title: 'Entretien', date: '2025-06' })).toMatchObject({ title: 'Entretien', date: '2025-06-01', precision: 'month', kind: 'meeting', countries: [] });
  });

  it('names the field and the problem in the message', () => {
    const err = failure(() => parseInput(inputs['events.create'], { title: 'Entretien', date: '2025-02-30' }));
    expect(err.code).toBe('invalid_input');
    expect(err.message).toBe('date: 2025-02-30 is not a calendar date');
    expect(err.issues).toEqual([{ field: 'date', problem: '2025-02-30 is not a calendar date' }]);
  });

  it('lists each unknown key as its own field', () => {
    const err = failure(() => parseInput(inputs['settings.update'], { theme: 'dark', font: 'serif' }));
    expect(err.issues).toEqual([{ field: 'theme', problem: 'is not a known field' }, { field: 'font', problem: 'is not a known field' }]);
    expect(err.message).toBe('theme: is not a known field (and 1 more)');
  });

  it('reports a place of the wrong shape without zod’s bare "Invalid input"', () => {
    const err = failure(() => parseInput(inputs['events.create'], { title: 'Entretien', date: '2025-06-23', place: 42 }));
    expect(err.issues).toEqual([{ field: 'place', problem: 'must be a place name or { name, country }' }]);
  });

  it('puts a prefix before every field', () => {
    const err = failure(() => parseInput(z.strictObject({ date: z.string() }), { date: 1 }, 'events[2]'));
    expect(err.issues[0]!.field).toBe('events[2].date');
  });

  it('reports a missing input as a problem with the whole input', () => {
    const err = failure(() => parseInput(inputs['events.get'], undefined));
    expect(err.issues).toHaveLength(1);
    expect(err.issues[0]!.field).toBe('');
  });
});

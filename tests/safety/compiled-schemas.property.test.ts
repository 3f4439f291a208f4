/**
 * Property: the boundary parses with zod's generated parser in front of each schema (api/validate.ts).
 * Whatever the input — valid, broken in one field, or hostile — it answers exactly as the schema
 * itself: the same value, or the same issues, so every refusal keeps its field and its wording.
 */
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { inputs } from '../../core/contract.ts';
import { eventInput, hostileKey, hostileValue } from './arbitraries.ts';

const same = (schema: z.ZodType, fast: z.ZodType, input: unknown) => isDeepStrictEqual(fast.safeParse(input), schema.safeParse(input));

describe('the compiled event schemas', () => {
  const create = inputs['events.create'];
  const fastCreate = z.compile(create);
  const batch = inputs['events.createMany'];
  const fastBatch = z.compile(batch);

  it('parse valid events to the same value', () => {
    fc.assert(fc.property(eventInput, (e) => same(create, fastCreate, e) && same(batch, fastBatch, { events: [e, e] })), { numRuns: 300 });
  });

  it('refuse a broken field with the same issues', () => {
    const broken = eventInput.chain((e) =>
      fc.tuple(hostileKey(Object.keys(e)), hostileValue, fc.boolean()).map(([key, value, drop]) => {
        const copy: Record<string, unknown> = { ...e };
        if (drop) delete copy[key];
        else copy[key] = value;
        return copy;
      }));
    fc.assert(fc.property(broken, (e) => same(create, fastCreate, e) && same(batch, fastBatch, { events: [e] })), { numRuns: 500 });
  });

  it('refuse a hostile value in a person, a follow-up or a source with the same issues', () => {
    const nested = fc.tuple(eventInput, fc.constantFrom('people', 'followUps', 'sources', 'place'), fc.constantFrom('name', 'title', 'due', 'window', 'url', 'country', 'role', 'accessed'), hostileValue)
      .map(([e, list, key, value]) => {
        const item = { name: 'Abdoulaye Diop', title: 'Rappeler', due: '2025-08-01', url: 'https://example.org', [key]: value };
        return { ...e, [list]: list === 'place' ? item : [item] };
      });
    fc.assert(fc.property(nested, (e) => same(create, fastCreate, e)), { numRuns: 500 });
  });

  it('answer every method\'s hostile input as its schema does', () => {
    for (const schema of Object.values(inputs) as z.ZodType[]) {
      const fast = z.compile(schema);
      fc.assert(fc.property(hostileValue, (v) => same(schema, fast, v) && same(schema, fast, { id: v, title: v, date: v, query: v })), { numRuns: 40 });
    }
  });
});

it('falls back to the schema where zod cannot compile it (the parser never fails closed)', () => {
  const odd = z.string().refine(async () => true);
  expect(z.compile(odd)).toBe(odd);
});

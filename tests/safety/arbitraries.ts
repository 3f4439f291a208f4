/** Generators for the property tests: valid event inputs, and hostile values of every kind. */
import fc from 'fast-check';
import type { Input } from '../../core/contract.ts';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export const calendarDate = fc
  .record({ y: fc.integer({ min: 1950, max: 2040 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`);

/** Text with accents, quotes, punctuation and line breaks, never blank. */
const text = (max: number) =>
  fc
    .array(fc.oneof(fc.constantFrom('é', 'ï', 'ç', '«', '»', '–', '"', "'", ',', ';', '\n', ' ', 'Ω', '中', '🇲🇱', 'Bamako', 'Moscou', 'AND', 'NEAR'), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 8 })
    .map((parts) => `x${parts.join('')}`.slice(0, max));

const name = fc.constantFrom('Abdoulaye Diop', 'Ismaël Wagué', 'Mikhaïl Bogdanov', 'Amina Mohammed', 'Bassirou Diomaye Faye', "N'Golo Koné");
const country = fc.constantFrom('ML', 'RU', 'FR', 'SN', 'NE', 'BF', 'NG', 'TR', 'CN', 'US');

const followUp = fc.oneof(
  fc.record({ title: text(60), due: calendarDate }),
  fc.tuple(text(60), calendarDate, fc.integer({ min: 0, max: 60 })).map(([title, from, days]) => ({
    title,
    window: { from, to: from.slice(0, 8) + pad(Math.min(28, Number(from.slice(8)) + (days % 20))) },
    wording: 'dans les prochaines semaines',
  })),
  fc.record({ title: text(60), wording: fc.constantFrom('dans les prochaines semaines', 'début août', 'next month') }),
);

export const eventInput: fc.Arbitrary<Input<'events.create'>> = fc.record(
  {
    title: text(120),
    kind: fc.constantFrom('meeting', 'consultation', 'visit', 'summit', 'statement', 'call'),
    date: calendarDate,
    endDate: fc.constant(undefined),
    place: fc.option(fc.record({ name: fc.constantFrom('Bamako', 'Moscou', 'Niamey', 'Genève'), country }), { nil: undefined }),
    countries: fc.uniqueArray(country, { maxLength: 3 }),
    organisations: fc.uniqueArray(fc.constantFrom('CES', 'CEDEAO', 'UA', 'ONU'), { maxLength: 2 }),
    people: fc.uniqueArray(fc.record({ name, country, role: fc.constantFrom('host', 'participant', 'head_of_delegation') }), { maxLength: 3, selector: (p) => p.name }),
    topics: fc.uniqueArray(fc.constantFrom('sécurité', 'coopération', 'énergie', 'Sahel'), { maxLength: 3 }),
    summary: text(400),
    sourceText: text(200),
    sources: fc.array(fc.record({ url: fc.constantFrom('https://example.org/a?b=1', 'http://exemple.ml/actualité'), title: text(80) }), { maxLength: 2 }),
    followUps: fc.array(followUp, { maxLength: 3 }),
  },
  { requiredKeys: ['title', 'date'] },
) as fc.Arbitrary<Input<'events.create'>>;

const MEGABYTE = 'é'.repeat(1 << 19) + 'a'.repeat(1 << 19);

/** A value that no field of the API should take as given. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null, true, 0, -1, 1e308, Number.NaN, Number.POSITIVE_INFINITY, '', ' ', MEGABYTE, [MEGABYTE],
    "'; DROP TABLE events; --", '" OR 1=1 --', 'title:* NEAR(a b) AND "', '*', '"unterminated', '\u0000\u0001\u001b[31m\u007f',
    '2025-02-30', '2025-13-01', '0000-00-00', '9999-99-99', '2025-6-1', '-2025-01-01', 'javascript:alert(1)', 'file:///etc/passwd',
    '__proto__', 'constructor', '00000000-0000-0000-0000-000000000000', 'ZZ', [], {}, [[[[[]]]]],
  ),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}') as unknown),
  fc.constant({ constructor: { prototype: { polluted: true } } }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.anything({ maxDepth: 2, withNullPrototype: true, withObjectString: true }),
);

/** The key to put a hostile value under, or to delete: a real field most of the time. */
export const hostileKey = (realKeys: readonly string[]) =>
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...(realKeys.length ? realKeys : ['id'])) }, { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'x; DROP TABLE events') });

/**
 * Property: what events.create answers (built from what it wrote, not read back) is, byte for
 * byte as JSON, what events.get then reads — across people found by name, alias or id, namesakes,
 * titles given or dated, names repeated within an event, places, organisations and topics found
 * under another spelling, follow-ups of every kind, and text SQLite does not store as given.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Input } from '../../core/contract.ts';
import { openTestStore, type TestStore } from '../helpers/store.ts';
import { calendarDate } from './arbitraries.ts';

const KNOWN_PERSON = '01900000-0000-7000-8000-0000000000a1';

/** A store with people to find (with aliases, dated titles, namesakes), a place, organisations and topics. */
function seeded(): { t: TestStore; orgId: string } {
  const t = openTestStore();
  const seed = t.call('events.create', {
    title: 'Graine', date: '2024-01-10', place: { name: 'Bamako', country: 'ML' }, topics: ['Sécurité'], organisations: ['CEDEAO'],
    people: [
      { name: 'Abdoulaye Diop', country: 'ML' },
      { name: 'Ismaël Wagué', country: 'ML', title: 'Ministre' },
      { name: 'Mikhaïl Bogdanov', country: 'RU' },
      { name: 'Amina Mohammed', country: 'NG' },
      { id: KNOWN_PERSON, name: 'Sans Pays' },
    ],
  });
  t.call('events.create', { title: 'Homonyme', date: '2024-01-11', people: [{ name: 'Amina Mohammed' }] });
  const [diop, , bogdanov] = seed.participants.map((p) => p.person.id);
  t.call('people.addAlias', { id: bogdanov!, alias: 'Michael Bogdanov' });
  // Known by another's name: from Russia, this alias wins over the namesake with no country.
  t.call('people.addAlias', { id: bogdanov!, alias: 'Sans Pays' });
  t.call('people.setTitles', {
    id: diop!,
    titles: [
      { title: 'Ministre des Affaires étrangères', from: '2021-06-11' },
      { title: 'Conseiller', from: '2018-01-01', to: '2022-12-31' },
      { title: 'Ambassadeur', to: '2017-12-31' },
    ],
  });
  return { t, orgId: seed.organisations[0]!.id };
}

const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 12 }).map((s) => `x${s}`) },
  { weight: 1, arbitrary: fc.constantFrom('Bamako « là »', '中文 🇲🇱', '\u0000nul', ' espacé ', 'a\u0007b') },
  // Half a surrogate pair: SQLite keeps U+FFFD in its place, so the answer must be read back.
  { weight: 1, arbitrary: fc.constantFrom('y\ud800', 'a\udc00b', '\ud83c\udf0d\ud83c') },
);
const maybe = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const country = fc.constantFrom('ML', 'RU', 'NG', 'FR');
const personName = fc.constantFrom('Abdoulaye Diop', 'abdoulaye DIOP', 'Ismael Wague', 'Mikhaïl Bogdanov', 'Michael Bogdanov', 'Amina Mohammed', 'Nouveau Venu', 'Nouveau  Venu', 'Sans Pays');
/** Mostly found by name; now and then by id (known, or new and so created under it). */
const personId = fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom(KNOWN_PERSON, '01900000-0000-7000-8000-0000000000b2') });
const person = fc.record({
  id: personId,
  name: personName,
  title: maybe(fc.oneof(text, fc.constant(''))),
  country: maybe(country),
  role: maybe(fc.constantFrom('host', 'participant', 'head_of_delegation')),
});
const place = fc.oneof(
  fc.constantFrom('Bamako', 'bamako', 'Niamey'),
  fc.record({ name: fc.constantFrom('Bamako', 'BAMAKO', 'Genève', 'Geneve'), country: maybe(country) }),
);
// Often due on the same day as another, so their order falls to their ids.
const dueDate = fc.oneof(calendarDate, fc.constantFrom('2025-03-01', '2025-03-02'));
const followUp = fc.oneof(
  fc.record({ id: maybe(fc.uuid()), title: text, due: dueDate, place: maybe(place), notes: maybe(fc.oneof(text, fc.constant(''))), wording: maybe(fc.constant('')) }),
  fc.tuple(text, dueDate).map(([title, from]) => ({ title, window: { from, to: from.slice(0, 8) + '28' } })),
  fc.record({ title: text, wording: fc.constantFrom('dans les prochaines semaines', 'début août', 'next month') }),
);

/** Stands for the seeded organisation's id, which each store makes anew. */
const ORG_BY_ID = '@org';

const eventInput: fc.Arbitrary<Input<'events.create'>> = fc.record(
  {
    title: text,
    kind: fc.constantFrom('meeting', 'visit', 'phone_call'),
    date: fc.oneof(calendarDate, calendarDate.map((d) => d.slice(0, 7)), calendarDate.map((d) => d.slice(0, 4))),
    endDate: fc.constant('2041-01-01'),
    place,
    countries: fc.array(fc.constantFrom('ml', 'RU', 'FR', 'ML'), { maxLength: 4 }),
    organisations: fc.array(fc.constantFrom('CEDEAO', 'ecowas', 'Union africaine', ORG_BY_ID, 'Nouvelle Org'), { maxLength: 3 }),
    people: fc.array(person, { maxLength: 5 }),
    topics: fc.array(fc.constantFrom('Sécurité', 'securite', 'Énergie', 'energie'), { maxLength: 3 }),
    summary: text,
    sourceText: text,
    sources: fc.array(fc.record({ url: fc.constantFrom('https://example.org/a?b=1', 'http://exemple.ml/actualité'), title: maybe(text), publisher: maybe(text), accessed: maybe(calendarDate) }, { requiredKeys: ['url'] }), { maxLength: 2 }),
    followUps: fc.array(followUp, { maxLength: 4 }),
  },
  { requiredKeys: ['title', 'date'] },
) as fc.Arbitrary<Input<'events.create'>>;

describe('events.create', () => {
  it('answers a participant logged without a title with their dated title for the day', () => {
    const { t } = seeded();
    try {
      for (const [date, titleOnDay] of [['2016-05-01', 'Ambassadeur'], ['2020', 'Conseiller'], ['2022-03', 'Ministre des Affaires étrangères']] as const) {
        const answer = t.call('events.create', { title: 'Visite', date, people: [{ name: 'Abdoulaye Diop' }, { name: 'Abdoulaye Diop', title: 'Ministre' }] });
        expect(answer.participants.map((p) => p.titleOnDay)).toEqual([titleOnDay]);
        expect(answer).toEqual(t.call('events.get', { id: answer.id }));
      }
    } finally {
      t.cleanup();
    }
  });

  it('answers its follow-ups by due date, then by id', () => {
    const { t } = seeded();
    try {
      const [early, late] = ['01900000-0000-7000-8000-0000000000f1', '01900000-0000-7000-8000-0000000000f2'];
      const answer = t.call('events.create', {
        title: 'Visite', date: '2025-01-10',
        followUps: [{ id: late, title: 'b', due: '2025-03-01' }, { id: early, title: 'a', due: '2025-03-01' }, { title: 'c', window: { from: '2025-02-01', to: '2025-04-01' } }],
      });
      expect(answer.followUps.map((f) => f.title)).toEqual(['c', 'a', 'b']);
      expect(answer).toEqual(t.call('events.get', { id: answer.id }));
    } finally {
      t.cleanup();
    }
  });

  it('answers exactly what events.get reads back', { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(fc.array(eventInput, { minLength: 1, maxLength: 4 }), (inputs) => {
        // A fresh store each run: only the first write to find a person missing a country or title gives it to them.
        const { t, orgId } = seeded();
        try {
          for (const input of inputs) {
            const r = t.store.dispatch('events.create', { ...input, organisations: input.organisations?.map((o) => (o === ORG_BY_ID ? orgId : o)) });
            if (!r.ok) throw new Error(`refused: ${r.error.message}`);
            const answer = r.result as { id: string };
            expect(JSON.stringify(answer)).toBe(JSON.stringify(t.call('events.get', { id: answer.id })));
          }
        } finally {
          t.cleanup();
        }
      }),
      { numRuns: 120 },
    );
  });
});

/**
 * Every method of the contract, called once with a valid input and with invalid ones:
 * an invalid call answers `invalid_input`, names the field and the problem, and writes nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Method, METHODS } from '../../core/contract.ts';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../core/export-format.ts';
import { maliRussiaMeeting, plainEvent } from '../helpers/events.ts';
import { openTestStore, type TestStore } from '../helpers/store.ts';

interface Ids { eventId: string; otherEventId: string; followUpId: string; personId: string; organisationId: string }
type Build = (t: TestStore, ids: Ids) => unknown;
interface Bad { why: string; input: Build; field: string; problem?: string | RegExp }
interface Case { valid: Build; invalid: Bad[] }

const MISSING = '01a22877-0000-7000-8000-000000000000';
const emptyExport = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: '2025-07-01T09:00:00.000Z', organisations: [], people: [], events: [], history: [] };
const badId: Bad = { why: 'an id that is not a UUID', input: () => ({ id: 'abc' }), field: 'id', problem: 'is not a valid id' };
const noId: Bad = { why: 'no id', input: () => ({}), field: 'id', problem: 'is required' };
const extraKey = (valid: Build): Bad => ({
  why: 'an unknown key',
  input: (t, ids) => ({ ...(valid(t, ids) as object), colour: 'red' }),
  field: 'colour',
  problem: 'is not a known field',
});
const dir: Case = {
  valid: () => ({ query: 'a', limit: 5 }),
  invalid: [
    { why: 'a number as query', input: () => ({ query: 5 }), field: 'query', problem: 'must be text' },
    { why: 'a zero limit', input: () => ({ limit: 0 }), field: 'limit', problem: 'must be at least 1' },
    { why: 'a query of 201 characters', input: () => ({ query: 'x'.repeat(201) }), field: 'query', problem: /longer than 200/ },
  ],
};

// Partial so a method added to the contract fails one readable test below, not the whole type-check.
const cases: { [M in Method]?: Case } = {
  'events.create': {
    valid: () => maliRussiaMeeting(),
    invalid: [
      { why: '30 February', input: () => maliRussiaMeeting({ date: '2025-02-30' }), field: 'date', problem: '2025-02-30 is not a calendar date' },
      { why: 'a participant without a name', input: () => ({ ...maliRussiaMeeting(), people: [{ title: 'Ministre' }] }), field: 'people[0].name', problem: 'is required' },
      { why: 'a number as title', input: () => maliRussiaMeeting({ title: 42 as never }), field: 'title', problem: 'must be text' },
      { why: 'an unknown country code', input: () => maliRussiaMeeting({ countries: ['ML', 'XX'] }), field: 'countries[1]', problem: /XX is not an ISO 3166-1/ },
      { why: 'an unknown kind', input: () => maliRussiaMeeting({ kind: 'party' as never }), field: 'kind' },
      { why: 'an end date before the date', input: () => maliRussiaMeeting({ endDate: '2025-06-22' }), field: 'endDate', problem: /before the start date 2025-06-23/ },
      { why: 'a javascript: source', input: () => maliRussiaMeeting({ sources: [{ url: 'javascript:alert(1)' }] }), field: 'sources[0].url' },
      { why: 'a follow-up with neither due date nor wording', input: () => maliRussiaMeeting({ followUps: [{ title: 'Rappeler' }] }), field: 'followUps[0].due' },
      extraKey(() => maliRussiaMeeting()),
    ],
  },
  'events.createMany': {
    valid: () => ({ events: [plainEvent('Un', '2025-01-02'), plainEvent('Deux', '2025-01-03')] }),
    invalid: [
      {
        why: 'one bad record at index 3',
        input: () => ({ events: [0, 1, 2, 3, 4].map((i) => plainEvent(`E${i}`, i === 3 ? '2025-02-30' : '2025-02-01')) }),
        field: 'events[3].date',
        problem: '2025-02-30 is not a calendar date',
      },
      { why: 'an empty list', input: () => ({ events: [] }), field: 'events', problem: 'must hold at least one event' },
    ],
  },
  'events.update': {
    valid: (_t, ids) => ({ id: ids.eventId, title: 'Nouveau titre' }),
    invalid: [
      badId,
      { why: 'month 13', input: (_t, ids) => ({ id: ids.eventId, date: '2025-13' }), field: 'date', problem: /2025-13/ },
      { why: 'an end date before the stored date', input: (_t, ids) => ({ id: ids.eventId, endDate: '2025-01-01' }), field: 'endDate', problem: /before the start date 2025-06-23/ },
      { why: 'an empty title', input: (_t, ids) => ({ id: ids.eventId, title: '   ' }), field: 'title', problem: 'must not be empty' },
      extraKey((_t, ids) => ({ id: ids.eventId })),
    ],
  },
  'events.delete': { valid: (_t, ids) => ({ id: ids.otherEventId }), invalid: [noId, { why: 'a number as id', input: () => ({ id: 5 }), field: 'id', problem: 'must be an id' }] },
  'events.restore': {
    valid: (t, ids) => t.call('events.delete', { id: ids.otherEventId }),
    invalid: [
      { why: 'a bad date in the snapshot', input: (t, ids) => { const s = t.call('events.delete', { id: ids.otherEventId }); return { ...s, event: { ...s.event, date: '2025-02-30' } }; }, field: 'event.date' },
      { why: 'no createdAt', input: (t, ids) => { const { createdAt: _c, ...s } = t.call('events.delete', { id: ids.otherEventId }); return s; }, field: 'createdAt' },
    ],
  },
  'events.get': { valid: (_t, ids) => ({ id: ids.eventId }), invalid: [badId, noId] },
  'events.list': {
    valid: () => ({ limit: 10, order: 'desc' }),
    invalid: [
      { why: 'a zero limit', input: () => ({ limit: 0 }), field: 'limit' },
      { why: 'an unknown order', input: () => ({ order: 'sideways' }), field: 'order', problem: 'must be asc or desc' },
      { why: 'an impossible from date', input: () => ({ filters: { from: '2025-02-30' } }), field: 'filters.from', problem: '2025-02-30 is not a calendar date' },
    ],
  },
  'events.density': {
    valid: () => ({ filters: { countries: ['ML'] }, before: '2025-06-15' }),
    invalid: [
      { why: 'an unknown kind filter', input: () => ({ filters: { kinds: ['party'] } }), field: 'filters.kinds[0]' },
      { why: 'a before that is not a day', input: () => ({ before: '2025-02-30' }), field: 'before' },
    ],
  },
  'events.facets': { valid: () => undefined, invalid: [{ why: 'an unknown country filter', input: () => ({ filters: { countries: ['ZZ'] } }), field: 'filters.countries[0]' }] },
  'events.history': { valid: (_t, ids) => ({ id: ids.eventId }), invalid: [badId] },
  search: {
    valid: () => ({ query: 'mali' }),
    invalid: [
      { why: 'a query of 501 characters', input: () => ({ query: 'a'.repeat(501) }), field: 'query', problem: 'is longer than 500 characters' },
      { why: 'a number as query', input: () => ({ query: 5 }), field: 'query', problem: 'must be text' },
      { why: 'a limit over the page size', input: () => ({ query: 'mali', limit: 1001 }), field: 'limit' },
    ],
  },
  'search.facets': {
    valid: () => ({ query: 'mali', filters: { countries: ['ML'] } }),
    invalid: [
      { why: 'no query', input: () => ({}), field: 'query', problem: 'is required' },
      { why: 'an unknown kind filter', input: () => ({ query: 'mali', filters: { kinds: ['party'] } }), field: 'filters.kinds[0]' },
      { why: 'a paging field it does not take', input: () => ({ query: 'mali', limit: 10 }), field: 'limit' },
    ],
  },
  'followUps.create': {
    valid: (_t, ids) => ({ eventId: ids.eventId, title: 'Note verbale', due: '2025-07-15' }),
    invalid: [
      { why: 'neither due, window nor wording', input: (_t, ids) => ({ eventId: ids.eventId, title: 'Note' }), field: 'due', problem: /is required/ },
      { why: 'both due and window', input: (_t, ids) => ({ eventId: ids.eventId, title: 'Note', due: '2025-07-01', window: { from: '2025-07-01', to: '2025-07-09' } }), field: 'window' },
      { why: 'a window ending before it starts', input: (_t, ids) => ({ eventId: ids.eventId, title: 'Note', window: { from: '2025-07-09', to: '2025-07-01' } }), field: 'window.to' },
      { why: 'wording that says no time', input: (_t, ids) => ({ eventId: ids.eventId, title: 'Note', wording: 'quand il pleuvra' }), field: 'due', problem: /does not say when/ },
    ],
  },
  'followUps.update': { valid: (_t, ids) => ({ id: ids.followUpId, notes: 'Voir le protocole' }), invalid: [{ why: 'an empty title', input: (_t, ids) => ({ id: ids.followUpId, title: '' }), field: 'title', problem: 'must not be empty' }] },
  'followUps.complete': {
    valid: (_t, ids) => ({ id: ids.followUpId, doneByEventId: ids.otherEventId }),
    invalid: [
      { why: 'a malformed doneByEventId', input: (_t, ids) => ({ id: ids.followUpId, doneByEventId: 'x' }), field: 'doneByEventId' },
      { why: '29 February of a common year', input: (_t, ids) => ({ id: ids.followUpId, at: '2025-02-29' }), field: 'at', problem: '2025-02-29 is not a calendar date' },
    ],
  },
  'followUps.cancel': { valid: (_t, ids) => ({ id: ids.followUpId }), invalid: [badId] },
  'followUps.reopen': { valid: (t, ids) => (t.call('followUps.cancel', { id: ids.followUpId }), { id: ids.followUpId }), invalid: [noId] },
  'followUps.snooze': {
    valid: (_t, ids) => ({ id: ids.followUpId, until: '2025-07-20' }),
    invalid: [
      { why: 'no until', input: (_t, ids) => ({ id: ids.followUpId }), field: 'until', problem: 'is required' },
      { why: '31 June', input: (_t, ids) => ({ id: ids.followUpId, until: '2025-06-31' }), field: 'until', problem: '2025-06-31 is not a calendar date' },
    ],
  },
  'followUps.reschedule': {
    valid: (_t, ids) => ({ id: ids.followUpId, window: { from: '2025-09-01', to: '2025-09-30' }, wording: 'en septembre' }),
    invalid: [{ why: 'wording alone', input: (_t, ids) => ({ id: ids.followUpId, wording: 'bientôt' }), field: 'due', problem: /is required/ }],
  },
  'followUps.get': { valid: (_t, ids) => ({ id: ids.followUpId }), invalid: [badId] },
  'followUps.list': { valid: () => ({ status: 'open' }), invalid: [{ why: 'an unknown status', input: () => ({ status: 'pending' }), field: 'status', problem: 'must be open, done or cancelled' }] },
  'followUps.history': { valid: (_t, ids) => ({ id: ids.followUpId }), invalid: [badId] },
  'reminders.due': {
    valid: () => ({ at: '2025-07-01', withinDays: 14 }),
    invalid: [
      { why: 'no date', input: () => ({}), field: 'at', problem: 'is required' },
      { why: 'a negative horizon', input: () => ({ at: '2025-07-01', withinDays: -1 }), field: 'withinDays', problem: 'must not be negative' },
      { why: 'a fractional horizon', input: () => ({ at: '2025-07-01', withinDays: 1.5 }), field: 'withinDays', problem: 'must be a whole number' },
      { why: 'a negative limit', input: () => ({ at: '2025-07-01', limit: -1 }), field: 'limit', problem: 'must not be negative' },
      { why: 'a limit past the bucket cap', input: () => ({ at: '2025-07-01', limit: 501 }), field: 'limit', problem: 'must be at most 500' },
    ],
  },
  'directory.people': dir,
  'directory.places': dir,
  'directory.countries': dir,
  'directory.organisations': dir,
  'directory.topics': dir,
  'organisations.create': {
    valid: () => ({ acronymFr: 'OMVS', acronymEn: 'OMVS', nameFr: 'Organisation pour la mise en valeur du fleuve Sénégal', nameEn: 'Senegal River Basin Development Organization' }),
    invalid: [{ why: 'no French acronym', input: () => ({ acronymEn: 'X', nameFr: 'X', nameEn: 'X' }), field: 'acronymFr', problem: 'is required' }],
  },
  'organisations.update': { valid: (_t, ids) => ({ id: ids.organisationId, nameEn: 'Alliance of Sahel States (AES)' }), invalid: [badId, { why: 'an empty name', input: (_t, ids) => ({ id: ids.organisationId, nameEn: '' }), field: 'nameEn' }] },
  'people.update': {
    valid: (_t, ids) => ({ id: ids.personId, title: 'Ministre d’État' }),
    invalid: [
      { why: 'an unknown country', input: (_t, ids) => ({ id: ids.personId, country: 'XX' }), field: 'country' },
      { why: 'an empty name', input: (_t, ids) => ({ id: ids.personId, name: '' }), field: 'name', problem: 'must not be empty' },
    ],
  },
  'people.get': { valid: (_t, ids) => ({ id: ids.personId }), invalid: [badId, noId, extraKey((_t, ids) => ({ id: ids.personId }))] },
  'people.addAlias': {
    valid: (_t, ids) => ({ id: ids.personId, alias: 'A. Diop' }),
    invalid: [
      { why: 'no alias', input: (_t, ids) => ({ id: ids.personId }), field: 'alias', problem: 'is required' },
      { why: 'a blank alias', input: (_t, ids) => ({ id: ids.personId, alias: '  ' }), field: 'alias', problem: 'must not be empty' },
      { why: 'an alias of 201 characters', input: (_t, ids) => ({ id: ids.personId, alias: 'x'.repeat(201) }), field: 'alias', problem: /longer than 200/ },
      { why: 'the person’s own name, accents aside', input: (_t, ids) => ({ id: ids.personId, alias: 'ABDOULAYE DIOP' }), field: 'alias', problem: 'ABDOULAYE DIOP is already a name of this person (accents and case aside)' },
    ],
  },
  'people.removeAlias': {
    valid: (t, ids) => (t.call('people.addAlias', { id: ids.personId, alias: 'A. Diop' }), { id: ids.personId, alias: 'a. diop' }),
    invalid: [
      { why: 'an alias the person does not have', input: (_t, ids) => ({ id: ids.personId, alias: 'Le ministre' }), field: 'alias', problem: 'Le ministre is not an alias of this person' },
      { why: 'a number as alias', input: (_t, ids) => ({ id: ids.personId, alias: 7 }), field: 'alias', problem: 'must be text' },
    ],
  },
  'people.setTitles': {
    valid: (_t, ids) => ({ id: ids.personId, titles: [{ title: 'Ministre des Affaires étrangères', from: '2020-06-11' }] }),
    invalid: [
      { why: 'a title ending before it starts', input: (_t, ids) => ({ id: ids.personId, titles: [{ title: 'Ministre', from: '2024-01-01', to: '2023-01-01' }] }), field: 'titles[0].to', problem: '2023-01-01 is before 2024-01-01' },
      { why: 'an empty title', input: (_t, ids) => ({ id: ids.personId, titles: [{ title: '' }] }), field: 'titles[0].title', problem: 'must not be empty' },
      { why: 'an impossible from date', input: (_t, ids) => ({ id: ids.personId, titles: [{ title: 'Ministre', from: '2023-02-29' }] }), field: 'titles[0].from', problem: '2023-02-29 is not a calendar date' },
      { why: 'no list', input: (_t, ids) => ({ id: ids.personId }), field: 'titles', problem: 'must be a list' },
    ],
  },
  'people.merge': {
    valid: (t, ids) => ({ keep: ids.personId, merge: t.call('events.create', plainEvent('Appel', '2025-07-02', { people: [{ name: 'A. Diop' }] })).participants[0]!.person.id }),
    invalid: [
      { why: 'a person merged into themselves', input: (_t, ids) => ({ keep: ids.personId, merge: ids.personId }), field: 'merge', problem: 'must be another person than keep' },
      { why: 'no keep', input: (_t, ids) => ({ merge: ids.personId }), field: 'keep', problem: 'is required' },
      { why: 'a malformed merge id', input: (_t, ids) => ({ keep: ids.personId, merge: 'x' }), field: 'merge', problem: 'is not a valid id' },
    ],
  },
  'relations.bilateral': {
    valid: () => ({ a: 'ML', b: 'ru', at: '2025-07-01' }),
    invalid: [
      { why: 'an unknown country', input: () => ({ a: 'ML', b: 'XX' }), field: 'b', problem: 'XX is neither an ISO 3166-1 alpha-2 country code nor an organisation id' },
      { why: 'the same side twice', input: () => ({ a: 'ML', b: 'ml' }), field: 'b', problem: 'must differ from a' },
      { why: 'no a', input: () => ({ b: 'RU' }), field: 'a', problem: 'is required' },
      { why: '31 April', input: () => ({ a: 'ML', b: 'RU', at: '2025-04-31' }), field: 'at', problem: '2025-04-31 is not a calendar date' },
      extraKey(() => ({ a: 'ML', b: 'RU' })),
    ],
  },
  'data.export': { valid: () => undefined, invalid: [{ why: 'an unknown key', input: () => ({ pretty: true }), field: 'pretty', problem: 'is not a known field' }] },
  'data.import': {
    valid: () => emptyExport,
    invalid: [
      { why: 'another format', input: () => ({ ...emptyExport, format: 'other' }), field: 'format', problem: `must be "${EXPORT_FORMAT}"` },
      { why: 'a future version', input: () => ({ ...emptyExport, version: 2 }), field: 'version', problem: /another version/ },
    ],
  },
  'data.exportCsv': { valid: () => undefined, invalid: [{ why: 'an unknown key', input: () => ({ separator: ';' }), field: 'separator', problem: 'is not a known field' }] },
  'data.exportIcs': { valid: () => ({}), invalid: [{ why: 'an unknown key', input: () => ({ calendar: 'x' }), field: 'calendar', problem: 'is not a known field' }] },
  'store.backups': { valid: () => undefined, invalid: [{ why: 'an unknown key', input: () => ({ all: true }), field: 'all', problem: 'is not a known field' }] },
  'settings.get': { valid: () => ({}), invalid: [{ why: 'an unknown key', input: () => ({ all: true }), field: 'all' }] },
  'settings.update': {
    valid: () => ({ reminderTime: '08:30' }),
    invalid: [
      { why: '25 o’clock', input: () => ({ reminderTime: '25:00' }), field: 'reminderTime', problem: 'must be a time of day HH:MM' },
      { why: 'yes as a boolean', input: () => ({ notifications: 'yes' }), field: 'notifications', problem: 'must be true or false' },
      { why: 'an unsupported language', input: () => ({ language: 'de' }), field: 'language' },
      { why: 'a filter of an unknown dimension', input: () => ({ timelineFilters: { chips: [{ dim: 'planets', value: 'x', labels: { en: 'x', fr: 'x' } }] } }), field: 'timelineFilters.chips[0].dim' },
      { why: 'a filter on a person who is no id', input: () => ({ timelineFilters: { chips: [{ dim: 'people', value: 'Diop', labels: { en: 'Diop', fr: 'Diop' } }] } }), field: 'timelineFilters.chips[0].value', problem: 'is not a valid id' },
    ],
  },
  'store.info': { valid: () => undefined, invalid: [{ why: 'an unknown key', input: () => ({ verbose: true }), field: 'verbose' }] },
};

let t: TestStore;
let ids: Ids;
beforeEach(() => {
  t = openTestStore();
  const meeting = t.call('events.create', maliRussiaMeeting());
  const other = t.call('events.create', plainEvent('Consultations politiques à Bamako', '2025-07-10', { countries: ['ML', 'RU'] }));
  ids = {
    eventId: meeting.id,
    otherEventId: other.id,
    followUpId: meeting.followUps[0]!.id,
    personId: meeting.participants[0]!.person.id,
    organisationId: meeting.organisations[0]!.id,
  };
});
afterEach(() => t.cleanup());

it('has a valid and an invalid case for every method of the contract', () => {
  expect(METHODS.filter((m) => !cases[m]), 'add the missing methods to `cases` in this file').toEqual([]);
});

describe.each(METHODS.filter((m) => cases[m]))('%s', (method) => {
  const c = cases[method]!;

  it('answers a valid input', () => {
    const envelope = t.store.dispatch(method, c.valid(t, ids));
    expect(envelope).toMatchObject({ ok: true });
  });

  it.each(c.invalid)('refuses $why, naming $field, and writes nothing', (bad) => {
    const input = bad.input(t, ids);
    const before = t.checksum();
    const error = t.fail(method, input);
    expect(error.code).toBe('invalid_input');
    const issue = error.issues.find((i) => i.field === bad.field);
    expect(issue, JSON.stringify(error.issues)).toBeDefined();
    if (typeof bad.problem === 'string') expect(issue!.problem).toBe(bad.problem);
    else if (bad.problem) expect(issue!.problem).toMatch(bad.problem);
    expect(error.message.startsWith(`${bad.field}: `)).toBe(true);
    expect(t.checksum()).toBe(before);
  });
});

describe('ids that do not exist', () => {
  const byId: Method[] = ['events.get', 'events.update', 'events.delete', 'events.history', 'followUps.get', 'followUps.update', 'followUps.complete', 'followUps.cancel', 'followUps.reopen', 'followUps.history', 'organisations.update', 'people.update', 'people.get'];
  it.each(byId)('%s answers not_found for an unknown id and writes nothing', (method) => {
    const before = t.checksum();
    const error = t.fail(method, { id: MISSING });
    expect(error.code).toBe('not_found');
    expect(error.message).toContain(MISSING);
    expect(t.checksum()).toBe(before);
  });

  it('people.merge answers not_found naming the side that does not exist, and writes nothing', () => {
    const before = t.checksum();
    const error = t.fail('people.merge', { keep: ids.personId, merge: MISSING });
    expect(error.code).toBe('not_found');
    expect(error.issues).toEqual([{ field: 'merge', problem: `no person with id ${MISSING}` }]);
    expect(t.checksum()).toBe(before);
  });

  it('relations.bilateral answers not_found for an unknown organisation, naming the side', () => {
    const error = t.fail('relations.bilateral', { a: 'ML', b: MISSING });
    expect(error.code).toBe('not_found');
    expect(error.issues[0]!.field).toBe('b');
  });

  it('followUps.create answers not_found for an unknown event', () => {
    expect(t.fail('followUps.create', { eventId: MISSING, title: 'Note', due: '2025-08-01' }).code).toBe('not_found');
  });
});

describe('the dispatcher', () => {
  it('answers unknown_method for a name outside the contract, naming it', () => {
    const error = t.fail('events.drop', {});
    expect(error.code).toBe('unknown_method');
    expect(error.message).toBe('events.drop is not a method of the API');
  });

  it('does not treat inherited object keys as methods', () => {
    expect(t.fail('toString', {}).code).toBe('unknown_method');
    expect(t.fail('__proto__', {}).code).toBe('unknown_method');
  });

  it('counts every other problem of one input as issues of the same error', () => {
    const error = t.fail('events.create', { title: '', date: '2025-02-30', surprise: 1 });
    expect(error.issues.map((i) => i.field).sort()).toEqual(['date', 'surprise', 'title']);
    expect(error.message).toMatch(/\(and 2 more\)$/);
  });
});

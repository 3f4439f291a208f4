/** Events: create, read, patch, delete and undo, and the history each change leaves. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maliRussiaMeeting, plainEvent } from '../helpers/events.ts';
import { openTestStore, type TestStore } from '../helpers/store.ts';

let t: TestStore;
beforeEach(() => {
  t = openTestStore({ now: '2025-07-01T09:00:00.000Z' });
});
afterEach(() => t.cleanup());

describe('events.create and events.get', () => {
  it('stores the meeting whole and reads it back identically', () => {
    const created = t.call('events.create', maliRussiaMeeting());
    expect(t.call('events.get', { id: created.id })).toEqual(created);
    expect(created).toMatchObject({
      title: 'Entretien Mali–Russie à Moscou', kind: 'meeting', date: '2025-06-23', precision: 'day', endDate: null,
      place: { name: 'Moscou', country: 'RU' }, countries: ['ML', 'RU'],
      createdAt: '2025-07-01T09:00:00.000Z', updatedAt: '2025-07-01T09:00:00.000Z',
    });
    expect(created.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(created.participants.map((p) => [p.person.name, p.role])).toEqual([
      ['Abdoulaye Diop', 'head_of_delegation'], ['Ismaël Wagué', 'member'], ['Mikhaïl Bogdanov', 'host'],
    ]);
    expect(created.organisations.map((o) => o.acronymEn)).toEqual(['AES']);
    expect(created.topics.map((x) => x.name)).toEqual(['coopération bilatérale', 'sécurité au Sahel', 'souveraineté du Mali']);
    expect(created.sources).toEqual([{ url: 'https://example.org/mali-russie', title: 'Le Mali et la Russie renforcent leur coopération', publisher: 'Exemple', accessed: null }]);
    expect(created.followUps).toHaveLength(1);
  });

  it('answers every field of every linked record, as one statement builds them', () => {
    const first = t.call('events.create', maliRussiaMeeting());
    const diop = first.participants[0]!.person.id;
    t.call('people.setTitles', { id: diop, titles: [{ title: 'Ministre (mandat de 2024)', from: '2024-01-01' }] });
    const id = t.call('events.create', maliRussiaMeeting({
      title: 'Second entretien', date: '2025-09-02', endDate: '2025-09-03',
      people: [{ name: 'Abdoulaye Diop', country: 'ML', role: 'host' }, { name: 'Amina Mohammed', role: 'participant' }],
      organisations: ['CEDEAO', 'ONU'], countries: ['RU'], topics: ['sécurité au Sahel'],
      sources: [{ url: 'https://example.org/b', accessed: '2025-09-04' }],
      followUps: [{ title: 'Rappeler', due: '2025-10-01' }, { title: 'Visite', window: { from: '2025-09-10', to: '2025-09-20' }, place: 'Bamako', wording: 'mi-septembre' }],
    })).id;
    const e = t.call('events.get', { id });
    const anyId = expect.any(String);
    expect(e).toStrictEqual({
      id, title: 'Second entretien', kind: 'meeting', date: '2025-09-02', precision: 'day', endDate: '2025-09-03',
      summary: first.summary, sourceText: '', createdAt: '2025-07-01T09:00:00.000Z', updatedAt: '2025-07-01T09:00:00.000Z',
      place: first.place,
      countries: ['RU'],
      organisations: [
        { id: anyId, acronymFr: 'CEDEAO', acronymEn: 'ECOWAS', nameFr: expect.any(String), nameEn: expect.any(String) },
        { id: anyId, acronymFr: 'ONU', acronymEn: 'UN', nameFr: expect.any(String), nameEn: expect.any(String) },
      ],
      participants: [
        { person: { id: diop, name: 'Abdoulaye Diop', title: 'Ministre des Affaires étrangères du Mali', country: 'ML' }, role: 'host', title: null, titleOnDay: 'Ministre (mandat de 2024)' },
        { person: { id: anyId, name: 'Amina Mohammed', title: null, country: null }, role: 'participant', title: null, titleOnDay: null },
      ],
      topics: [first.topics[1]],
      sources: [{ url: 'https://example.org/b', title: null, publisher: null, accessed: '2025-09-04' }],
      followUps: [
        {
          id: anyId, eventId: id, eventTitle: 'Second entretien', eventDate: '2025-09-02', title: 'Visite', wording: 'mi-septembre', notes: '',
          status: 'open', snoozedUntil: null, doneByEventId: null, doneAt: null, createdAt: '2025-07-01T09:00:00.000Z', updatedAt: '2025-07-01T09:00:00.000Z',
          due: { kind: 'window', from: '2025-09-10', to: '2025-09-20' }, place: { id: anyId, name: 'Bamako', country: null },
        },
        {
          id: anyId, eventId: id, eventTitle: 'Second entretien', eventDate: '2025-09-02', title: 'Rappeler', wording: null, notes: '',
          status: 'open', snoozedUntil: null, doneByEventId: null, doneAt: null, createdAt: '2025-07-01T09:00:00.000Z', updatedAt: '2025-07-01T09:00:00.000Z',
          due: { kind: 'date', date: '2025-10-01' }, place: null,
        },
      ],
    });
  });

  it('reads a month as month precision on its first day: 2025-06 → 2025-06-01', () => {
    expect(t.call('events.create', plainEvent('Tournée régionale', '2025-06'))).toMatchObject({ date: '2025-06-01', precision: 'month' });
  });

  it('reads a year as year precision on 1 January', () => {
    expect(t.call('events.create', plainEvent('Année de la transition', '2024'))).toMatchObject({ date: '2024-01-01', precision: 'year' });
  });

  it('moves a day to the head of its month when month precision is asked', () => {
    expect(t.call('events.create', plainEvent('Visite', '2025-06-23', { precision: 'month' }))).toMatchObject({ date: '2025-06-01', precision: 'month' });
  });

  it('refuses an end date before the date', () => {
    const error = t.fail('events.create', plainEvent('Sommet', '2025-06-23', { endDate: '2025-06-20' }));
    expect(error.issues).toEqual([{ field: 'endDate', problem: '2025-06-20 is before the start date 2025-06-23' }]);
  });

  it('trims text and drops control characters pasted from the web', () => {
    expect(t.call('events.create', plainEvent('  Entretien\u0000 à Bamako\u0007 ', '2025-06-23')).title).toBe('Entretien à Bamako');
  });

  it('links the same person across events whatever the accents', () => {
    const a = t.call('events.create', maliRussiaMeeting());
    const b = t.call('events.create', plainEvent('Entretien', '2025-07-02', { people: [{ name: 'ismael wague', country: 'ML' }] }));
    expect(b.participants[0]!.person.id).toBe(a.participants[1]!.person.id);
  });
});

describe('events.update', () => {
  it('changes only the fields given and stamps updatedAt', () => {
    const created = t.call('events.create', maliRussiaMeeting());
    t.setNow('2025-07-02T10:00:00.000Z');
    const updated = t.call('events.update', { id: created.id, title: 'Entretien à Moscou' });
    expect(updated).toEqual({ ...created, title: 'Entretien à Moscou', updatedAt: '2025-07-02T10:00:00.000Z', followUps: updated.followUps });
    expect(updated.followUps.map((f) => f.id)).toEqual(created.followUps.map((f) => f.id));
  });

  it('normalises a new date and precision', () => {
    const { id } = t.call('events.create', maliRussiaMeeting());
    expect(t.call('events.update', { id, date: '2025-06' })).toMatchObject({ date: '2025-06-01', precision: 'month' });
    expect(t.call('events.update', { id, precision: 'year' })).toMatchObject({ date: '2025-01-01', precision: 'year' });
  });

  it('clears the place and end date with null', () => {
    const { id } = t.call('events.create', maliRussiaMeeting({ endDate: '2025-06-24' }));
    expect(t.call('events.update', { id, place: null, endDate: null })).toMatchObject({ place: null, endDate: null });
  });

  it('refuses a date that would fall after the stored end date', () => {
    const { id } = t.call('events.create', maliRussiaMeeting({ endDate: '2025-06-24' }));
    const error = t.fail('events.update', { id, date: '2025-06-30' });
    expect(error).toMatchObject({ code: 'invalid_input', issues: [{ field: 'endDate', problem: '2025-06-24 is before the start date 2025-06-30' }] });
  });

  it('replaces lists whole: countries, people, topics', () => {
    const { id } = t.call('events.create', maliRussiaMeeting());
    const updated = t.call('events.update', { id, countries: ['ML'], people: [{ name: 'Abdoulaye Diop' }], topics: [] });
    expect(updated.countries).toEqual(['ML']);
    expect(updated.participants.map((p) => p.person.name)).toEqual(['Abdoulaye Diop']);
    expect(updated.topics).toEqual([]);
  });
});

describe('events.delete and events.restore', () => {
  it('returns a snapshot on delete, after which the event is not found', () => {
    const { id } = t.call('events.create', maliRussiaMeeting());
    const snapshot = t.call('events.delete', { id });
    expect(snapshot.event).toMatchObject({ id, title: 'Entretien Mali–Russie à Moscou' });
    expect(snapshot.followUps).toHaveLength(1);
    expect(t.fail('events.get', { id }).code).toBe('not_found');
    expect(t.call('followUps.list').total).toBe(0);
  });

  it('brings the event back identically: ids, follow-ups, timestamps', () => {
    const created = t.call('events.create', maliRussiaMeeting());
    t.setNow('2025-07-05T12:00:00.000Z');
    const snapshot = t.call('events.delete', { id: created.id });
    const restored = t.call('events.restore', snapshot);
    expect(restored).toEqual(created);
  });

  /** The Moscow meeting's promised follow-up, done by the Bamako consultations, which are then deleted. */
  function deleteWhatFulfilled() {
    const promised = t.call('events.create', maliRussiaMeeting()).followUps[0]!;
    const consultations = t.call('events.create', plainEvent('Consultations politiques à Bamako', '2025-07-20'));
    t.call('followUps.complete', { id: promised.id, doneByEventId: consultations.id });
    return { promised, consultations, snapshot: t.call('events.delete', { id: consultations.id }) };
  }

  it('undoing the delete of an event that fulfilled a follow-up names it again as what fulfilled it', () => {
    const { promised, consultations, snapshot } = deleteWhatFulfilled();
    expect(snapshot.fulfilled).toEqual([promised.id]);
    expect(t.call('followUps.get', { id: promised.id })).toMatchObject({ status: 'done', doneByEventId: null });

    t.call('events.restore', snapshot);
    expect(t.call('followUps.get', { id: promised.id })).toMatchObject({ status: 'done', doneByEventId: consultations.id });
  });

  it('leaves a follow-up changed since the delete as it is when the delete is undone', () => {
    const { promised, snapshot } = deleteWhatFulfilled();
    t.call('followUps.reopen', { id: promised.id });

    t.call('events.restore', snapshot);
    expect(t.call('followUps.get', { id: promised.id })).toMatchObject({ status: 'open', doneByEventId: null });
  });

  it('refuses to restore over an event that still exists, writing nothing', () => {
    const { id } = t.call('events.create', maliRussiaMeeting());
    const snapshot = t.call('events.delete', { id });
    t.call('events.restore', snapshot);
    const before = t.checksum();
    const error = t.fail('events.restore', snapshot);
    expect(error.code).toBe('invalid_input');
    expect(error.issues[0]!.field).toBe('event.id');
    expect(t.checksum()).toBe(before);
  });
});

describe('events.history', () => {
  it('records create, update, delete and restore in order, with before and after', () => {
    const created = t.call('events.create', maliRussiaMeeting());
    t.setNow('2025-07-02T09:00:00.000Z');
    t.call('events.update', { id: created.id, kind: 'consultation' });
    t.setNow('2025-07-03T09:00:00.000Z');
    t.call('events.restore', t.call('events.delete', { id: created.id }));
    const history = t.call('events.history', { id: created.id });
    expect(history.map((h) => [h.action, h.at])).toEqual([
      ['create', '2025-07-01T09:00:00.000Z'], ['update', '2025-07-02T09:00:00.000Z'],
      ['delete', '2025-07-03T09:00:00.000Z'], ['restore', '2025-07-03T09:00:00.000Z'],
    ]);
    expect(history[0]).toMatchObject({ recordType: 'event', recordId: created.id, before: null, after: { kind: 'meeting' } });
    expect(history[1]).toMatchObject({ before: { kind: 'meeting' }, after: { kind: 'consultation' } });
    expect(history[2]!.after).toBeNull();
  });

  it('keeps the history of a deleted event readable', () => {
    const { id } = t.call('events.create', maliRussiaMeeting());
    t.call('events.delete', { id });
    expect(t.call('events.history', { id }).map((h) => h.action)).toEqual(['create', 'delete']);
  });
});

describe('events.createMany', () => {
  it('adds every event and answers their ids in order', () => {
    const { ids } = t.call('events.createMany', { events: [plainEvent('Un', '2025-01-01'), plainEvent('Deux', '2025-01-02')] });
    expect(ids.map((id) => t.call('events.get', { id }).title)).toEqual(['Un', 'Deux']);
  });

  it('adds nothing when one record is bad, naming it by index', () => {
    t.call('events.create', maliRussiaMeeting());
    const before = t.checksum();
    const events = [0, 1, 2, 3, 4].map((i) => plainEvent(`E${i}`, i === 3 ? '2025-02-30' : '2025-02-01'));
    const error = t.fail('events.createMany', { events });
    expect(error.issues).toEqual([{ field: 'events[3].date', problem: '2025-02-30 is not a calendar date' }]);
    expect(t.checksum()).toBe(before);
    expect(t.call('store.info').events).toBe(1);
  });

  it('adds nothing when a follow-up of a later record cannot be dated, naming it', () => {
    const before = t.checksum();
    const events = [plainEvent('A', '2025-02-01'), plainEvent('B', '2025-02-02', { followUps: [{ title: 'Rappel', wording: 'un jour peut-être' }] })];
    const error = t.fail('events.createMany', { events });
    expect(error.issues[0]!.field).toBe('events[1].followUps[0].due');
    expect(t.checksum()).toBe(before);
  });
});

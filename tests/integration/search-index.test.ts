/** The full-text index follows every write in the same transaction: nothing stale, nothing missing. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Event } from '../../core/records.ts';
import { maliRussiaMeeting, plainEvent } from '../helpers/events.ts';
import { openTestStore, type TestStore } from '../helpers/store.ts';
import { indexEvent } from '../../db/search-index.ts';

let t: TestStore;
let meeting: Event;
beforeEach(() => {
  t = openTestStore();
  meeting = t.call('events.create', maliRussiaMeeting());
});
afterEach(() => {
  // Whatever a test did, the index holds exactly one row per event.
  const count = (table: string) => (t.store.ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  expect(count('events_fts')).toBe(count('events'));
  t.cleanup();
});

const found = (query: string): string[] => t.call('search', { query }).items.map((i) => i.event.id);

it('forgets the old title and finds the new one after an update', () => {
  t.call('events.update', { id: meeting.id, title: 'Rencontre au Kremlin' });
  expect(found('kremlin')).toEqual([meeting.id]);
  expect(found('entretien')).toEqual([]);
});

it('finds nothing of a deleted event, and finds it again once restored', () => {
  const snapshot = t.call('events.delete', { id: meeting.id });
  expect(found('bogdanov')).toEqual([]);
  t.call('events.restore', snapshot);
  expect(found('bogdanov')).toEqual([meeting.id]);
});

it('indexes a follow-up added to an event, and its new title after a change', () => {
  const f = t.call('followUps.create', { eventId: meeting.id, title: 'Visite à Ouagadougou', due: '2025-09-01' });
  expect(found('ouagadougou')).toEqual([meeting.id]);
  t.call('followUps.update', { id: f.id, title: 'Visite à Niamey' });
  expect(found('ouagadougou')).toEqual([]);
  expect(found('niamey')).toEqual([meeting.id]);
});

it('finds an event by the place and wording of its follow-up', () => {
  expect(found('bamako')).toEqual([meeting.id]);
  expect(found('prochaines semaines')).toEqual([meeting.id]);
});

it('finds every event of a person under the new name after people.update', () => {
  const second = t.call('events.create', plainEvent('Appel avec M. Bogdanov', '2025-08-01', { people: [{ name: 'Mikhail Bogdanov' }] }));
  const person = meeting.participants.find((p) => p.person.name === 'Mikhaïl Bogdanov')!.person;
  expect(second.participants[0]!.person.id).toBe(person.id);
  t.call('people.update', { id: person.id, name: 'Mikhaïl Leonidovitch Bogdanov' });
  expect(found('leonidovitch').sort()).toEqual([meeting.id, second.id].sort());
});

it('finds every event of an organisation under its new name after organisations.update', () => {
  const org = meeting.organisations[0]!;
  t.call('organisations.update', { id: org.id, nameFr: 'Confédération sahélienne', acronymFr: 'CONFSAHEL' });
  expect(found('confsahel')).toEqual([meeting.id]);
  expect(found('sahélienne')).toEqual([meeting.id]);
});

it('finds a new event created in a batch', () => {
  const { ids } = t.call('events.createMany', { events: [plainEvent('Forum de Tombouctou', '2025-03-01'), plainEvent('Forum de Gao', '2025-03-02')] });
  expect(found('tombouctou')).toEqual([ids[0]]);
  expect(found('forum').sort()).toEqual([...ids].sort());
});

it('keeps the index unchanged when a write is refused', () => {
  const before = t.checksum();
  t.fail('events.update', { id: meeting.id, title: 'Nouveau', endDate: '2020-01-01' });
  expect(t.checksum()).toBe(before);
  expect(found('nouveau')).toEqual([]);
});

it('writes a new event the same index row as re-indexing it from its tables', () => {
  // A new event's row is built from the body being written; an edit rebuilds it from the tables.
  const bogdanov = meeting.participants.find((p) => p.person.name === 'Mikhaïl Bogdanov')!.person;
  t.call('people.addAlias', { id: bogdanov.id, alias: 'Michel Bogdanoff' });
  t.call('people.addAlias', { id: bogdanov.id, alias: 'M. L. Bogdanov' });
  const { ids } = t.call('events.createMany', {
    events: [
      maliRussiaMeeting({ countries: ['RU', 'ML', 'RU'], organisations: ['ECOWAS', 'CES', 'CEDEAO'], topics: ['Sécurité au Sahel', 'énergie'] }),
      plainEvent('Appel', '2025-08-01', { people: [{ name: 'Mikhail Bogdanov', country: 'RU' }, { name: 'Personne sans titre' }], place: 'Niamey', followUps: [{ title: 'Rappel', due: '2025-09-01' }, { title: 'Note', wording: 'dans les prochaines semaines' }] }),
    ],
  });
  const db = t.store.ctx.db;
  const row = (id: string) => db.prepare('SELECT f.* FROM events_fts f JOIN events e ON e.seq = f.rowid WHERE e.id = ?').get(id);
  for (const id of ids) {
    const written = row(id);
    const seq = (db.prepare('SELECT seq FROM events WHERE id = ?').get(id) as { seq: number }).seq;
    db.transaction(() => indexEvent(t.store.ctx, seq))();
    expect(row(id)).toEqual(written);
  }
  expect(JSON.stringify(row(ids[1]!))).toContain('M. L. Bogdanov');
});

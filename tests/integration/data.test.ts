/** Export and import: a whole store round-trips through JSON; a bad or repeated import changes nothing. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calendarDateOf } from '../../core/dates.ts';
import type { ExportDocument } from '../../core/export-format.ts';
import { maliRussiaMeeting, plainEvent } from '../helpers/events.ts';
import { openTestStore, type TestStore } from '../helpers/store.ts';

let source: TestStore;
let target: TestStore;
beforeEach(() => {
  source = openTestStore({ now: '2025-07-01T09:00:00.000Z' });
  target = openTestStore({ now: '2026-01-01T00:00:00.000Z' });
  const meeting = source.call('events.create', maliRussiaMeeting());
  const later = source.call('events.create', plainEvent('Consultations politiques à Bamako', '2025-07-28', {
    kind: 'consultation', endDate: '2025-07-29', place: 'Bamako', countries: ['ML', 'RU'], organisations: ['ECOWAS'],
    people: [{ name: 'Ismael Wague', country: 'ML', role: 'host' }], sourceText: 'Texte d’origine',
    followUps: [{ title: 'Compte rendu', window: { from: '2025-08-01', to: '2025-08-15' }, wording: 'début août' }],
  }));
  source.setNow('2025-07-30T09:00:00.000Z');
  source.call('followUps.complete', { id: meeting.followUps[0]!.id, doneByEventId: later.id });
  source.call('followUps.snooze', { id: later.followUps[0]!.id, until: '2025-08-05' });
  source.call('organisations.create', { acronymFr: 'OMVS', acronymEn: 'OMVS', nameFr: 'Organisation pour la mise en valeur du fleuve Sénégal', nameEn: 'Senegal River Basin Development Organization' });
  source.call('events.update', { id: later.id, summary: 'Les consultations ont eu lieu.' });
});
afterEach(() => {
  source.cleanup();
  target.cleanup();
});

const withoutStamp = (doc: ExportDocument) => ({ ...doc, exportedAt: undefined });

describe('export → import → export', () => {
  it('gives the same document apart from exportedAt', () => {
    const first = source.call('data.export');
    expect(target.call('data.import', first)).toEqual({ events: 2, followUps: 2, people: 3, organisations: first.organisations.length });
    const second = target.call('data.export');
    expect(withoutStamp(second)).toEqual(withoutStamp(first));
  });

  it('keeps a person’s other spellings and titles over time, and search still finds them by alias', () => {
    const bogdanov = source.call('directory.people', { query: 'bogdanov' })[0]!;
    source.call('people.addAlias', { id: bogdanov.id, alias: 'M. Bogdanov' });
    source.call('people.setTitles', { id: bogdanov.id, titles: [{ title: 'Vice-ministre des Affaires étrangères', from: '2011-06-01' }] });
    const first = source.call('data.export');
    expect(first.people.find((p) => p.id === bogdanov.id)).toMatchObject({ aliases: ['M. Bogdanov'], titles: [{ title: 'Vice-ministre des Affaires étrangères', from: '2011-06-01', to: null }] });
    target.call('data.import', first);
    expect(withoutStamp(target.call('data.export'))).toEqual(withoutStamp(first));
    expect(target.call('search', { query: 'M. Bogdanov' }).total).toBe(1);
  });

  it('tells a progress listener how many events an import has written, ending with the total', () => {
    const first = source.call('data.export');
    const seen: [number, number][] = [];
    target.store.onProgress((done, total) => seen.push([done, total]));
    target.call('data.import', first);
    expect(seen).toEqual([[2, 2]]);
  });

  it('keeps ids, timestamps, statuses and history', () => {
    const first = source.call('data.export');
    target.call('data.import', first);
    const [meeting] = first.events;
    const event = target.call('events.get', { id: meeting!.event.id as string });
    expect(event.createdAt).toBe('2025-07-01T09:00:00.000Z');
    expect(event.followUps[0]).toMatchObject({ status: 'done', doneAt: calendarDateOf(new Date('2025-07-30T09:00:00.000Z')) });
    expect(target.call('events.history', { id: event.id })).toEqual(source.call('events.history', { id: event.id }));
    expect(target.call('search', { query: 'goita' }).items.map((i) => i.event.id)).toEqual([event.id]);
  });

  it('survives JSON text, as a file on disk would carry it', () => {
    const first = JSON.parse(JSON.stringify(source.call('data.export'))) as ExportDocument;
    target.call('data.import', first);
    expect(withoutStamp(target.call('data.export'))).toEqual(withoutStamp(first));
  });

  it('carries a renamed default organisation without doubling it', () => {
    const [ces] = source.call('directory.organisations', { query: 'ces' });
    source.call('organisations.update', { id: ces!.id, nameEn: 'Alliance of Sahel States (Confederation)' });
    const first = source.call('data.export');
    target.call('data.import', first);
    expect(target.call('store.info').organisations).toBe(source.call('store.info').organisations);
    expect(withoutStamp(target.call('data.export'))).toEqual(withoutStamp(first));
  });
});

describe('refused imports', () => {
  it('imports nothing when event 2 is bad, and names it', () => {
    source.call('events.create', plainEvent('Troisième', '2025-08-01'));
    const doc = source.call('data.export');
    doc.events[2] = { ...doc.events[2]!, event: { ...doc.events[2]!.event, date: '2025-02-30' } };
    const before = target.checksum();
    const error = target.fail('data.import', doc);
    expect(error.code).toBe('invalid_input');
    expect(error.issues[0]).toEqual({ field: 'events[2].event.date', problem: '2025-02-30 is not a calendar date' });
    expect(target.checksum()).toBe(before);
  });

  it('imports nothing when a follow-up of event 1 has no due date, and names it', () => {
    const doc = source.call('data.export');
    const { due: _d, window: _w, ...undated } = doc.events[1]!.followUps[0]!;
    doc.events[1] = { ...doc.events[1]!, followUps: [undated] };
    const before = target.checksum();
    expect(target.fail('data.import', doc).issues[0]!.field).toBe('events[1].followUps[0].due');
    expect(target.checksum()).toBe(before);
  });

  it('refuses the same file twice, changing nothing the second time', () => {
    const doc = source.call('data.export');
    target.call('data.import', doc);
    const before = target.checksum();
    const error = target.fail('data.import', doc);
    expect(error.code).toBe('invalid_input');
    expect(error.issues[0]!.field).toBe('events[0].event.id');
    expect(error.message).toContain('already exists');
    expect(target.checksum()).toBe(before);
  });
});

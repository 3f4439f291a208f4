/** People across spellings and over time: aliases, titles with dates, a person's page, and merging two records into one. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Event } from '../../core/records.ts';
import { maliRussiaMeeting, plainEvent } from '../helpers/events.ts';
import { openTestStore, type TestStore } from '../helpers/store.ts';

let t: TestStore;
let meeting: Event;
const personId = (e: Event, name: string) => e.participants.find((p) => p.person.name === name)!.person.id;
const searchTitles = (query: string) => t.call('search', { query }).items.map((h) => h.event.title);

beforeEach(() => {
  t = openTestStore();
  meeting = t.call('events.create', maliRussiaMeeting());
});
afterEach(() => t.cleanup());

describe('aliases', () => {
  it('find Mikhaïl Bogdanov without the diaeresis, in the directory and in search', () => {
    expect(t.call('directory.people', { query: 'Mikhail Bogdanov' }).map((p) => p.name)).toEqual(['Mikhaïl Bogdanov']);
    expect(searchTitles('Mikhail Bogdanov')).toEqual([meeting.title]);
  });

  it('make a person findable by an added spelling, in the directory and in search, accents and case aside', () => {
    const bogdanov = personId(meeting, 'Mikhaïl Bogdanov');
    expect(searchTitles('Michael')).toEqual([]);
    const profile = t.call('people.addAlias', { id: bogdanov, alias: 'Michaël Bogdanov' });
    expect(profile.aliases).toEqual(['Michaël Bogdanov']);
    expect(t.call('directory.people', { query: 'michael' }).map((p) => p.id)).toEqual([bogdanov]);
    expect(t.call('directory.people', { query: 'MICHAËL BOG' }).map((p) => p.id)).toEqual([bogdanov]);
    expect(searchTitles('michael')).toEqual([meeting.title]);
  });

  it('find "M. Bogdanov" once added', () => {
    const bogdanov = personId(meeting, 'Mikhaïl Bogdanov');
    t.call('people.addAlias', { id: bogdanov, alias: 'M. Bogdanov' });
    expect(t.call('directory.people', { query: 'M. Bogdanov' }).map((p) => p.id)).toEqual([bogdanov]);
  });

  it('are forgotten by search when removed', () => {
    const bogdanov = personId(meeting, 'Mikhaïl Bogdanov');
    t.call('people.addAlias', { id: bogdanov, alias: 'Michael Bogdanov' });
    const profile = t.call('people.removeAlias', { id: bogdanov, alias: 'MICHAEL BOGDANOV' });
    expect(profile.aliases).toEqual([]);
    expect(searchTitles('michael')).toEqual([]);
    expect(t.call('directory.people', { query: 'michael' })).toEqual([]);
  });

  it('link a newly logged event that spells the person by an alias to the same person', () => {
    const bogdanov = personId(meeting, 'Mikhaïl Bogdanov');
    t.call('people.addAlias', { id: bogdanov, alias: 'Michael Bogdanov' });
    const call = t.call('events.create', plainEvent('Appel', '2025-07-02', { people: [{ name: 'Michael Bogdanov', country: 'RU' }] }));
    expect(call.participants[0]!.person.id).toBe(bogdanov);
  });

  it('refuse a spelling that only differs by accents or case: it already finds the person', () => {
    const error = t.fail('people.addAlias', { id: personId(meeting, 'Ismaël Wagué'), alias: 'Ismael Wague' });
    expect(error.issues).toEqual([{ field: 'alias', problem: 'Ismael Wague is already a name of this person (accents and case aside)' }]);
  });

  it('are recorded in the person’s history', () => {
    const wague = personId(meeting, 'Ismaël Wagué');
    t.call('people.addAlias', { id: wague, alias: 'Ismail Wague' });
    const history = t.store.ctx.db.prepare("SELECT action, after FROM history WHERE record_type = 'person' AND record_id = ?").all(wague) as { action: string; after: string }[];
    expect(history.map((h) => [h.action, JSON.parse(h.after).aliases])).toEqual([['update', ['Ismail Wague']]]);
  });
});

describe('titles over time', () => {
  let diop: string;
  beforeEach(() => {
    diop = personId(meeting, 'Abdoulaye Diop');
    t.call('people.setTitles', {
      id: diop,
      titles: [
        { title: 'Ministre des Affaires étrangères (premier mandat)', from: '2014-04-11', to: '2015-01-09' },
        { title: 'Ministre des Affaires étrangères', from: '2020-10-05' },
      ],
    });
  });

  it('are kept in the order given, open ends as null', () => {
    expect(t.call('people.get', { id: diop }).titles).toEqual([
      { title: 'Ministre des Affaires étrangères (premier mandat)', from: '2014-04-11', to: '2015-01-09' },
      { title: 'Ministre des Affaires étrangères', from: '2020-10-05', to: null },
    ]);
  });

  it('give an event the title held on its day when none was logged', () => {
    const old = t.call('events.create', plainEvent('Visite de 2014', '2014-06-01', { people: [{ id: diop, name: 'Abdoulaye Diop' }] }));
    const recent = t.call('events.create', plainEvent('Visite de 2023', '2023-03-01', { people: [{ id: diop, name: 'Abdoulaye Diop' }] }));
    const between = t.call('events.create', plainEvent('Entre deux mandats', '2018-01-01', { people: [{ id: diop, name: 'Abdoulaye Diop' }] }));
    expect(old.participants[0]!.titleOnDay).toBe('Ministre des Affaires étrangères (premier mandat)');
    expect(recent.participants[0]!.titleOnDay).toBe('Ministre des Affaires étrangères');
    expect(between.participants[0]!.titleOnDay).toBeNull();
  });

  it('yield to the title logged with the event', () => {
    const got = t.call('events.get', { id: meeting.id }).participants.find((p) => p.person.id === diop)!;
    expect(got.title).toBe('Ministre des Affaires étrangères du Mali');
    expect(got.titleOnDay).toBe('Ministre des Affaires étrangères du Mali');
  });

  it('are replaced whole by the next list', () => {
    expect(t.call('people.setTitles', { id: diop, titles: [] }).titles).toEqual([]);
  });
});

describe('a person’s page', () => {
  it('holds their events newest first and the counterparts they met, not their own delegation', () => {
    const diop = personId(meeting, 'Abdoulaye Diop');
    t.call('events.create', plainEvent('Appel avec Lavrov', '2025-08-01', { people: [{ id: diop, name: 'Abdoulaye Diop' }, { name: 'Sergueï Lavrov', country: 'RU' }, { name: 'Mikhaïl Bogdanov', country: 'RU' }] }));
    const page = t.call('people.get', { id: diop });
    expect(page.person.name).toBe('Abdoulaye Diop');
    expect(page.eventCount).toBe(2);
    expect(page.events.map((e) => e.title)).toEqual(['Appel avec Lavrov', meeting.title]);
    expect(page.counterparts.map((c) => [c.person.name, c.events])).toEqual([['Mikhaïl Bogdanov', 2], ['Sergueï Lavrov', 1]]);
  });
});

describe('people.merge', () => {
  let wague: string;
  let duplicate: string;
  let later: Event;
  beforeEach(() => {
    wague = personId(meeting, 'Ismaël Wagué');
    later = t.call('events.create', plainEvent('Réconciliation à Kidal', '2025-09-01', { people: [{ name: 'Col. I. Wagué', title: 'Colonel', country: 'ML', role: 'head_of_delegation' }] }));
    duplicate = later.participants[0]!.person.id;
    t.call('people.addAlias', { id: duplicate, alias: 'Ismail Wague' });
    t.call('people.setTitles', { id: duplicate, titles: [{ title: 'Colonel', to: '2021-05-24' }] });
  });

  it('moves every participation to the kept person and deletes the other', () => {
    const page = t.call('people.merge', { keep: wague, merge: duplicate });
    expect(page.events.map((e) => e.title)).toEqual(['Réconciliation à Kidal', meeting.title]);
    const moved = t.call('events.get', { id: later.id }).participants[0]!;
    expect(moved).toMatchObject({ person: { id: wague }, role: 'head_of_delegation', title: 'Colonel' });
    expect(t.fail('people.get', { id: duplicate }).code).toBe('not_found');
  });

  it('keeps the merged name and aliases as aliases, and the titles, so nothing is lost', () => {
    const page = t.call('people.merge', { keep: wague, merge: duplicate });
    expect(page.aliases).toEqual(['Col. I. Wagué', 'Ismail Wague']);
    expect(page.titles).toEqual([{ title: 'Colonel', from: null, to: '2021-05-24' }]);
    expect(t.call('directory.people', { query: 'ismail' }).map((p) => p.id)).toEqual([wague]);
  });

  it('re-indexes: searching any old spelling finds both events', () => {
    t.call('people.merge', { keep: wague, merge: duplicate });
    expect(searchTitles('Ismail').sort()).toEqual([meeting.title, 'Réconciliation à Kidal'].sort());
  });

  it('leaves one participation where both records were at the same event', () => {
    const both = t.call('events.create', plainEvent('Les deux', '2025-10-01', { people: [{ id: wague, name: 'Ismaël Wagué', role: 'member' }, { id: duplicate, name: 'Col. I. Wagué', title: 'Colonel' }] }));
    t.call('people.merge', { keep: wague, merge: duplicate });
    expect(t.call('events.get', { id: both.id }).participants).toEqual([
      expect.objectContaining({ person: expect.objectContaining({ id: wague }), role: 'member', title: 'Colonel' }),
    ]);
  });

  it('records the merge in both people’s history', () => {
    t.call('people.merge', { keep: wague, merge: duplicate });
    const rows = t.store.ctx.db.prepare("SELECT record_id AS id, action, after FROM history WHERE record_type = 'person' AND record_id IN (?, ?) ORDER BY seq").all(wague, duplicate) as { id: string; action: string; after: string }[];
    const last = rows.slice(-2).map((r) => [r.id, r.action, JSON.parse(r.after)]);
    expect(last[0]).toEqual([wague, 'update', expect.objectContaining({ mergedFrom: expect.objectContaining({ id: duplicate, name: 'Col. I. Wagué' }) })]);
    expect(last[1]).toEqual([duplicate, 'delete', { mergedInto: wague }]);
  });

  it('survives an export and import round trip of the store’s events', () => {
    t.call('people.merge', { keep: wague, merge: duplicate });
    const exported = t.call('data.export');
    expect(exported.people.map((p) => p.name)).not.toContain('Col. I. Wagué');
  });
});

/** Look-ups for autocomplete: accent- and case-insensitive, by any word of a name, in either language. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maliRussiaMeeting, plainEvent } from '../helpers/events.ts';
import { openTestStore, type TestStore } from '../helpers/store.ts';

let t: TestStore;
beforeEach(() => {
  t = openTestStore();
  t.call('events.create', maliRussiaMeeting());
  t.call('events.create', plainEvent('Visite à Abidjan', '2025-05-01', { place: { name: 'Abidjan', country: 'CI' }, topics: ['Sécurité maritime'] }));
});
afterEach(() => t.cleanup());

describe('directory.people', () => {
  it('finds Ismaël Wagué when typed ismael, and by his surname', () => {
    expect(t.call('directory.people', { query: 'ismael' }).map((p) => p.name)).toEqual(['Ismaël Wagué']);
    expect(t.call('directory.people', { query: 'WAGUE' })).toEqual([expect.objectContaining({ name: 'Ismaël Wagué', country: 'ML', title: 'Ministre de la Réconciliation' })]);
  });

  it('finds Mikhaïl Bogdanov by a prefix without the diaeresis', () => {
    expect(t.call('directory.people', { query: 'mikhail bog' }).map((p) => p.name)).toEqual(['Mikhaïl Bogdanov']);
  });

  it('lists everyone, sorted, for an empty query, within the limit', () => {
    expect(t.call('directory.people', { query: '', limit: 2 }).map((p) => p.name)).toEqual(['Abdoulaye Diop', 'Ismaël Wagué']);
  });

  it('reads % and _ as themselves, not as wildcards', () => {
    expect(t.call('directory.people', { query: '%' })).toEqual([]);
    expect(t.call('directory.people', { query: '_' })).toEqual([]);
  });
});

describe('directory.organisations', () => {
  it('finds the same organisation by cedeao and ecowas', () => {
    const fr = t.call('directory.organisations', { query: 'cedeao' });
    const en = t.call('directory.organisations', { query: 'ecowas' });
    expect(fr).toHaveLength(1);
    expect(en).toEqual(fr);
    expect(fr[0]).toMatchObject({ acronymFr: 'CEDEAO', acronymEn: 'ECOWAS' });
  });

  it('finds an organisation by a word of its full name, accents ignored', () => {
    expect(t.call('directory.organisations', { query: 'etats du sahel' }).map((o) => o.acronymFr)).toEqual(['CES']);
  });

  it('offers an organisation created by the user', () => {
    const created = t.call('organisations.create', { acronymFr: 'OMVS', acronymEn: 'OMVS', nameFr: 'Organisation pour la mise en valeur du fleuve Sénégal', nameEn: 'Senegal River Basin Development Organization' });
    expect(t.call('directory.organisations', { query: 'senegal' })).toEqual([created]);
  });

  it('links an event to a known organisation named by either acronym', () => {
    const byEn = t.call('events.create', plainEvent('Sommet', '2025-01-01', { organisations: ['ECOWAS'] }));
    const byFr = t.call('events.create', plainEvent('Sommet', '2025-01-02', { organisations: ['cedeao'] }));
    expect(byEn.organisations[0]!.id).toBe(byFr.organisations[0]!.id);
  });
});

describe('directory.countries', () => {
  it('finds Russia by russ, in French and English', () => {
    const found = t.call('directory.countries', { query: 'russ' });
    expect(found[0]).toMatchObject({ code: 'RU' });
    expect(found[0]!.fr).toMatch(/Russie/);
  });

  it('finds Côte d’Ivoire by cote', () => {
    expect(t.call('directory.countries', { query: 'cote' }).map((c) => c.code)).toContain('CI');
  });

  it('puts an exact code first', () => {
    expect(t.call('directory.countries', { query: 'ml' })[0]!.code).toBe('ML');
  });
});

describe('directory.places and directory.topics', () => {
  it('finds Moscou whatever the case', () => {
    expect(t.call('directory.places', { query: 'MOSC' })).toEqual([expect.objectContaining({ name: 'Moscou', country: 'RU' })]);
  });

  it('knows the place of a follow-up too', () => {
    expect(t.call('directory.places', { query: 'bamako' }).map((p) => p.name)).toEqual(['Bamako']);
  });

  it('finds topics by any word, accents ignored', () => {
    expect(t.call('directory.topics', { query: 'securite' }).map((x) => x.name).sort()).toEqual(['Sécurité maritime', 'sécurité au Sahel']);
    expect(t.call('directory.topics', { query: 'sahel' }).map((x) => x.name)).toEqual(['sécurité au Sahel']);
  });
});

describe('editing the directory', () => {
  it('renames a person everywhere they appear and records it', () => {
    const person = t.call('directory.people', { query: 'diop' })[0]!;
    const renamed = t.call('people.update', { id: person.id, title: 'Ministre d’État' });
    expect(renamed).toEqual({ ...person, title: 'Ministre d’État' });
    expect(t.call('directory.people', { query: 'diop' })).toEqual([renamed]);
  });

  it('updates an organisation, keeping the fields not given', () => {
    const [org] = t.call('directory.organisations', { query: 'ua' });
    expect(t.call('organisations.update', { id: org!.id, nameEn: 'The African Union' })).toEqual({ ...org, nameEn: 'The African Union' });
  });
});

/** Full-text search as a diplomat uses it: accents either way, prefixes, phrases, OR, exclusion, ranking, snippets, facets, filters. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countryName } from '../../core/countries.ts';
import { LIMITS } from '../../core/limits.ts';
import type { SearchResult } from '../../core/records.ts';
import { toFtsQuery } from '../../core/search-query.ts';
import { fold } from '../../core/text.ts';
import { maliRussiaMeeting, plainEvent } from '../helpers/events.ts';
import { openTestStore, type TestStore } from '../helpers/store.ts';

let t: TestStore;
let meetingId: string;
let abujaId: string;
beforeEach(() => {
  t = openTestStore();
  meetingId = t.call('events.create', maliRussiaMeeting()).id;
  abujaId = t.call('events.create', plainEvent('Sommet de la CEDEAO à Abuja', '2024-12-15', {
    kind: 'summit', place: { name: 'Abuja', country: 'NG' }, countries: ['NG', 'ML'], organisations: ['CEDEAO'],
    summary: 'Le retrait du Mali, du Burkina Faso et du Niger est acté; la question de la securite régionale reste ouverte. M. wague absent.',
  })).id;
});
afterEach(() => t.cleanup());

const search = (query: string, extra: Record<string, unknown> = {}): SearchResult => t.call('search', { query, ...extra });
const found = (query: string, extra: Record<string, unknown> = {}): string[] => search(query, extra).items.map((i) => i.event.id);

describe('accents and case', () => {
  it('finds Goïta when typed goita', () => expect(found('goita')).toEqual([meetingId]));
  it('finds sécurité when typed securite, and securite when typed sécurité', () => {
    expect(found('securite').sort()).toEqual([meetingId, abujaId].sort());
    expect(found('sécurité').sort()).toEqual([meetingId, abujaId].sort());
  });
  it('finds Moscou when typed MOSCOU', () => expect(found('MOSCOU')).toEqual([meetingId]));
  it('finds wague when typed Wagué, and Wagué when typed wague', () => {
    expect(found('Wagué').sort()).toEqual([meetingId, abujaId].sort());
    expect(found('wague').sort()).toEqual([meetingId, abujaId].sort());
  });
  it('finds a country by its name in either language', () => {
    expect(found('Russie')).toEqual([meetingId]);
    expect(found('Russia')).toEqual([meetingId]);
  });
  it('finds an organisation by either acronym', () => {
    expect(found('ECOWAS')).toEqual([abujaId]);
    expect(found('AES')).toEqual([meetingId]);
  });
});

describe('query syntax', () => {
  it('matches word prefixes: bogd finds Bogdanov', () => expect(found('bogd')).toEqual([meetingId]));
  it('requires every word: diop moscou matches, diop abuja does not', () => {
    expect(found('diop moscou')).toEqual([meetingId]);
    expect(found('diop abuja')).toEqual([]);
  });
  it('matches an "exact phrase" only in that order', () => {
    expect(found('"soutien à la souveraineté"')).toEqual([meetingId]);
    expect(found('"souveraineté soutien"')).toEqual([]);
  });
  it('matches either side of OR', () => expect(found('abuja OR moscou').sort()).toEqual([meetingId, abujaId].sort()));
  it('excludes a -word or NOT word', () => {
    expect(found('mali -russie')).toEqual([abujaId]);
    expect(found('mali NOT russie')).toEqual([abujaId]);
  });
  it('answers nothing, not an error, for a query with no words', () => {
    expect(search('   ')).toMatchObject({ items: [], total: 0 });
  });

  const hostile = ['"', '*', '(', ')', 'AND', 'OR', 'NOT', 'NEAR(', 'NEAR(mali russie, 2)', 'a"b', '🇲🇱 🤝', '-', "''", "l'Afrique d’aujourd’hui", 'mali AND', 'OR mali', 'title:mali', '^mali', 'mali*', '{mali}', '\u0000mali\u0001\u001f', 'Москва', '北京会谈', 'x'.repeat(LIMITS.query), '"'.repeat(LIMITS.query), `${'a '.repeat(249)}b`];
  it.each(hostile)('never errors on the hostile query %j', (query) => {
    expect(t.store.dispatch('search', { query })).toMatchObject({ ok: true });
  });

  it('finds Cyrillic and CJK text', () => {
    const ru = t.call('events.create', plainEvent('Встреча в Москве', '2025-05-01')).id;
    const zh = t.call('events.create', plainEvent('北京会谈', '2025-05-02')).id;
    expect(found('москве')).toEqual([ru]);
    expect(found('北京')).toEqual([zh]);
  });
});

describe('ranking', () => {
  it('puts a title hit before a summary-only hit', () => {
    const inSummary = t.call('events.create', plainEvent('Réunion ministérielle', '2025-06-01', { summary: 'Les ministres ont évoqué Dakar parmi de nombreux autres sujets de coopération.' })).id;
    const inTitle = t.call('events.create', plainEvent('Visite à Dakar', '2020-01-01')).id;
    expect(found('dakar')).toEqual([inTitle, inSummary]);
  });

  it('puts the most recent first when relevance is equal', () => {
    const older = t.call('events.create', plainEvent('Entretien à Niamey', '2023-03-01')).id;
    const newer = t.call('events.create', plainEvent('Entretien à Niamey', '2024-03-01')).id;
    expect(found('niamey')).toEqual([newer, older]);
  });

  it('pages the ranked list with offset and limit, keeping the total', () => {
    for (const y of [2019, 2020, 2021]) t.call('events.create', plainEvent('Entretien à Niamey', `${y}-03-01`));
    const page = search('niamey', { limit: 2, offset: 1 });
    expect(page.total).toBe(3);
    expect(page.items.map((i) => i.event.date)).toEqual(['2020-03-01', '2019-03-01']);
  });
});

describe('snippets', () => {
  it('marks the matched words as hit parts and nothing else', () => {
    const [hit] = search('goita').items;
    const hits = hit!.snippet.filter((p) => p.hit).map((p) => p.text);
    expect(hits).toEqual(['Goïta']);
    expect(hit!.snippet.map((p) => p.text).join('')).toContain('général Assimi Goïta');
  });

  it('marks every matched word of a multi-word query', () => {
    const parts = search('transition goita').items[0]!.snippet.filter((p) => p.hit).map((p) => fold(p.text));
    expect(parts).toEqual(expect.arrayContaining(['transition', 'goita']));
  });
});

describe('facets and filters', () => {
  it('counts the matching events per country, organisation, person, kind and topic', () => {
    const facets = t.call('search.facets', { query: 'mali' });
    expect(facets.countries).toEqual(expect.arrayContaining([{ value: 'ML', label: 'Mali', count: 2 }, { value: 'RU', label: countryName('RU', 'en'), count: 1 }]));
    expect(facets.kinds.map((k) => [k.value, k.count]).sort()).toEqual([['meeting', 1], ['summit', 1]]);
    expect(facets.people.map((p) => p.label).sort()).toEqual(['Abdoulaye Diop', 'Ismaël Wagué', 'Mikhaïl Bogdanov']);
    expect(facets.organisations.map((o) => o.label).sort()).toEqual(['CEDEAO / ECOWAS', 'CES / AES']);
    expect(facets.topics).toHaveLength(3);
  });

  it('requires every chosen country', () => {
    expect(found('mali', { filters: { countries: ['ML', 'RU'] } })).toEqual([meetingId]);
    expect(found('mali', { filters: { countries: ['ML'] } }).sort()).toEqual([meetingId, abujaId].sort());
  });

  it('accepts any of the chosen kinds', () => {
    expect(found('mali', { filters: { kinds: ['summit'] } })).toEqual([abujaId]);
    expect(found('mali', { filters: { kinds: ['summit', 'meeting'] } })).toHaveLength(2);
  });

  it('keeps to the date range', () => {
    expect(found('mali', { filters: { from: '2025-01-01' } })).toEqual([meetingId]);
    expect(found('mali', { filters: { to: '2024-12-31' } })).toEqual([abujaId]);
    expect(found('mali', { filters: { from: '2025-07-01', to: '2025-12-31' } })).toEqual([]);
  });

  it('filters by person and organisation ids from the facets', () => {
    const facets = t.call('search.facets', { query: 'mali' });
    const diop = facets.people.find((p) => p.label === 'Abdoulaye Diop')!.value;
    const ecowas = facets.organisations.find((o) => o.label === 'CEDEAO / ECOWAS')!.value;
    expect(found('mali', { filters: { people: [diop] } })).toEqual([meetingId]);
    expect(found('mali', { filters: { organisations: [ecowas] } })).toEqual([abujaId]);
  });
});

describe('long prefixes', () => {
  // Prefixes of four letters or more are looked up in the index's vocabulary and searched as those
  // words (db/search.ts): the answers must be what FTS5's own prefix search gives.
  const byFts5 = (query: string): string[] => {
    const seqs = t.store.ctx.db.prepare('SELECT rowid FROM events_fts WHERE events_fts MATCH ?').pluck().all(toFtsQuery(query)) as number[];
    return (t.store.ctx.db.prepare('SELECT id FROM events WHERE seq IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(seqs)) as string[]).sort();
  };

  beforeEach(() => {
    for (const [i, title] of ['Le ministre reçoit', 'Au ministère', 'Les ministres', 'Ministerial meeting', 'Minimal agenda', 'Sécurité régionale', 'Securite du Sahel'].entries()) {
      t.call('events.create', plainEvent(title, `2025-0${(i % 9) + 1}-10`));
    }
  });

  it.each(['minist', 'ministe', 'MINISTÈ', 'sécu', 'secur', 'mini', 'ministre', 'zzzzz', 'mali -minist', 'minist -ministres', 'minist OR secu', 'goita -zzzzz', '"au ministere"', 'ministère'])('finds what FTS5 finds for %j', (query) => {
    expect(found(query).sort()).toEqual(byFts5(query));
  });

  it('finds every word of a prefix that covers more words than are worth listing', () => {
    t.call('events.createMany', { events: Array.from({ length: 70 }, (_, i) => plainEvent(`Dossier code${String(i).padStart(3, '0')}`, '2024-05-01')) });
    expect(search('code', { limit: 50 }).total).toBe(70);
    expect(found('code', { limit: 50 }).length).toBe(50);
  });
});

describe('big result sets', () => {
  const RANKED = 1_000;

  it('ranks the newest 1,000 matches, says more matched, and reaches older ones through filters', () => {
    const oldest = t.call('events.create', plainEvent('Niamey', '2001-01-01', { summary: 'Niamey, Niamey.' })).id;
    t.call('events.createMany', { events: Array.from({ length: RANKED + 4 }, (_, i) => plainEvent(`Entretien à Niamey n° ${i}`, '2024-05-01', { summary: 'Un long compte rendu qui parle de bien d’autres choses que la ville.' })) });
    const all = search('niamey', { limit: 50 });
    expect(all).toMatchObject({ total: RANKED, totalCapped: true });
    expect(all.items.map((i) => i.event.id)).not.toContain(oldest);
    expect(found('niamey', { filters: { to: '2010-12-31' } })).toEqual([oldest]);
    expect(search('niamey', { filters: { to: '2010-12-31' } })).toMatchObject({ total: 1, totalCapped: false });
    const facets = t.call('search.facets', { query: 'niamey' });
    expect(facets.kinds.reduce((n, k) => n + k.count, 0)).toBe(RANKED);
  });

  it('pages through the ranked matches without repeating one', () => {
    t.call('events.createMany', { events: Array.from({ length: 120 }, (_, i) => plainEvent(`Entretien à Niamey n° ${i}`, `2024-05-${String((i % 28) + 1).padStart(2, '0')}`)) });
    const pages = [0, 50, 100].flatMap((offset) => found('niamey', { limit: 50, offset }));
    expect(pages).toHaveLength(120);
    expect(new Set(pages).size).toBe(120);
  });
});

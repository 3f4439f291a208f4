/** The timeline: order by date with imprecise events at the head of their period, pages, density, facets. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDataset, toCreateInput } from '../../bench/generate.ts';
import type { EventFilters } from '../../core/schemas.ts';
import { FILTER_WHERE, filterParams } from '../../db/filters.ts';
import { plainEvent } from '../helpers/events.ts';
import { openTestStore, type TestStore } from '../helpers/store.ts';

let t: TestStore;
beforeEach(() => {
  t = openTestStore();
  // Created out of order on purpose: the timeline must not follow creation order.
  t.call('events.createMany', {
    events: [
      plainEvent('Jour du 1er juin', '2025-06-01', { countries: ['ML'] }),
      plainEvent('Mi-juin', '2025-06-15', { countries: ['ML', 'RU'], kind: 'summit' }),
      plainEvent('Un jour de juin', '2025-06', { countries: ['RU'] }),
      plainEvent('L’année 2025', '2025'),
      plainEvent('Jour du 1er janvier', '2025-01-01', { kind: 'phone_call' }),
      plainEvent('Un jour de janvier', '2025-01'),
      plainEvent('Fin 2024', '2024-12-31', { endDate: '2025-01-02', kind: 'summit' }),
    ],
  });
});
afterEach(() => t.cleanup());

const titles = (input: Record<string, unknown> = {}) => t.call('events.list', input).items.map((e) => e.title);

describe('events.list', () => {
  it('puts the year first, then the month, then the day events of the same first day', () => {
    expect(titles()).toEqual([
      'Fin 2024', 'L’année 2025', 'Un jour de janvier', 'Jour du 1er janvier', 'Un jour de juin', 'Jour du 1er juin', 'Mi-juin',
    ]);
  });

  it('reverses the whole order when asked for desc', () => {
    expect(titles({ order: 'desc' })).toEqual([...titles()].reverse());
  });

  it('pages with offset and limit and always reports the total', () => {
    const page = t.call('events.list', { offset: 2, limit: 3 });
    expect(page.total).toBe(7);
    expect(page.items.map((e) => e.title)).toEqual(['Un jour de janvier', 'Jour du 1er janvier', 'Un jour de juin']);
    expect(t.call('events.list', { offset: 100 })).toEqual({ items: [], total: 7 });
  });

  it('answers every page as its slice of the whole order, pages past the middle too (read from the other end)', () => {
    for (const order of ['asc', 'desc'] as const) {
      const all = titles({ order });
      for (let offset = 0; offset <= all.length + 1; offset++) {
        for (let limit = 1; limit <= all.length + 1; limit++) {
          const page = t.call('events.list', { order, offset, limit });
          expect(page.items.map((e) => e.title)).toEqual(all.slice(offset, offset + limit));
          expect(page.total).toBe(all.length);
        }
      }
    }
    expect(t.call('events.list', { offset: 5, limit: 2, withTotal: false }).total).toBeNull();
  });

  it('answers the summary a timeline row needs', () => {
    const row = t.call('events.list', { filters: { kinds: ['summit'] } }).items[1]!;
    expect(row).toEqual({ id: row.id, title: 'Mi-juin', kind: 'summit', date: '2025-06-15', precision: 'day', endDate: null, place: null, countries: ['ML', 'RU'], people: [], openFollowUps: 0 });
  });

  it('filters by country (all of them), kind (any of them) and date range, with the filtered total', () => {
    expect(titles({ filters: { countries: ['ML', 'RU'] } })).toEqual(['Mi-juin']);
    expect(titles({ filters: { kinds: ['summit', 'phone_call'] } })).toEqual(['Fin 2024', 'Jour du 1er janvier', 'Mi-juin']);
    const june = t.call('events.list', { filters: { from: '2025-06-01', to: '2025-06-30' } });
    expect(june.total).toBe(4);
  });

  it('keeps every event whose period overlaps the range: a span, a whole month, a whole year', () => {
    expect(titles({ filters: { from: '2025-01-02', to: '2025-01-31' } })).toEqual(['Fin 2024', 'L’année 2025', 'Un jour de janvier']);
    expect(titles({ filters: { from: '2025-06-20', to: '2025-06-30' } })).toEqual(['L’année 2025', 'Un jour de juin']);
  });
});

describe('events.density', () => {
  it('counts events per month, in month order', () => {
    expect(t.call('events.density')).toEqual({
      months: [{ month: '2024-12', count: 1 }, { month: '2025-01', count: 3 }, { month: '2025-06', count: 3 }],
      total: 7,
    });
  });

  it('counts only the filtered events', () => {
    expect(t.call('events.density', { filters: { countries: ['RU'] } })).toEqual({ months: [{ month: '2025-06', count: 2 }], total: 2 });
  });

  it('counts the events that sort before a day, where the timeline puts today', () => {
    const before = (day: string, filters = {}) => t.call('events.density', { filters, before: day }).before;
    // In timeline order: Fin 2024, L’année 2025, Un jour de janvier, Jour du 1er janvier, Un jour de juin, Jour du 1er juin | Mi-juin.
    expect(before('2025-06-15')).toBe(6);
    expect(before('2025-06-01')).toBe(4);
    expect(before('2025-01-02')).toBe(4);
    expect(before('2024-01-01')).toBe(0);
    expect(before('2030-01-01')).toBe(7);
    expect(before('2025-06-15', { countries: ['RU'] })).toBe(1);
    expect(t.call('events.density')).not.toHaveProperty('before');
  });

  it('finds every month however the events are spread, each counted once', () => {
    t.call('events.createMany', { events: ['1999-12-31', '2000-01', '2000-01-31', '2000', '2026-11-29'].map((d, i) => plainEvent(`Extra ${i}`, d)) });
    expect(t.call('events.density').months).toEqual([
      { month: '1999-12', count: 1 }, { month: '2000-01', count: 3 }, { month: '2024-12', count: 1 }, { month: '2025-01', count: 3 },
      { month: '2025-06', count: 3 }, { month: '2026-11', count: 1 },
    ]);
  });
});

/** 300 generated events, and the filter values the tests lead with: the most and least held of each link. */
function generatedValues() {
  t.call('events.createMany', { events: generateDataset(300).events.map(toCreateInput) });
  const db = t.store.ctx.db;
  const most = (sqlText: string) => db.prepare(sqlText).pluck().all() as string[];
  const [person1, person2] = most('SELECT person_id FROM participants GROUP BY person_id ORDER BY count(*) DESC, person_id LIMIT 2');
  const [rarePerson] = most('SELECT person_id FROM participants GROUP BY person_id ORDER BY count(*), person_id LIMIT 1');
  const [topic] = most('SELECT topic_id FROM event_topics GROUP BY topic_id ORDER BY count(*) DESC, topic_id LIMIT 1');
  const [org] = most('SELECT organisation_id FROM event_organisations GROUP BY organisation_id ORDER BY count(*) DESC, organisation_id LIMIT 1');
  const [c1, c2] = most('SELECT country FROM event_countries GROUP BY country ORDER BY count(*) DESC, country LIMIT 2');
  const [rare] = most('SELECT country FROM event_countries GROUP BY country ORDER BY count(*), country LIMIT 1');
  return { db, most, person1: person1!, person2: person2!, rarePerson: rarePerson!, topic: topic!, org: org!, c1: c1!, c2: c2!, rare: rare! };
}

describe('events.density with filters, on generated data', () => {
  it('counts per month exactly the events the same filters list, whichever filter leads the count', () => {
    const { most, person1, person2, topic, org, c1, c2, rare } = generatedValues();
    // A value held by many events alone is counted by walking the timeline, a rare one through its link.
    expect(most(`SELECT count(*) FROM event_countries WHERE country = '${c1}'`)[0]).toBeGreaterThan(307 / 8);
    const cases: EventFilters[] = [
      { countries: [c1] }, { countries: [rare] }, { countries: [c1, c2] }, { people: [person1] }, { people: [person1, person2] }, { topics: [topic] },
      { countries: [c1], from: '2010-01-01', to: '2020-12-31' }, { countries: [c1], kinds: ['meeting'] },
      { organisations: [org] }, { kinds: ['visit', 'summit'] }, { from: '2010-01-01', to: '2015-12-31' },
      { countries: [c1], people: [person1], from: '2000-01-01' }, { kinds: ['meeting'], topics: [topic], to: '2020-06-30' },
      { people: ['00000000-0000-7000-8000-000000000000'] }, { countries: [c1], organisations: [org], kinds: ['meeting', 'visit'] },
    ];
    for (const filters of cases) {
      const listed = t.call('events.list', { filters, limit: 1000 }).items;
      const byMonth = new Map<string, number>();
      for (const e of listed) byMonth.set(e.date.slice(0, 7), (byMonth.get(e.date.slice(0, 7)) ?? 0) + 1);
      const expected = [...byMonth].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, count]) => ({ month, count }));
      expect(t.call('events.density', { filters }), JSON.stringify(filters)).toEqual({ months: expected, total: listed.length });
    }
  });
});

describe('events.list with filters, on generated data', () => {
  it('pages exactly the events FILTER_WHERE keeps, in timeline order both ways, whichever filter leads the read', () => {
    const { db, person1, person2, rarePerson, topic, org, c1, c2, rare } = generatedValues();
    const cases: EventFilters[] = [
      { countries: [c1] }, { countries: [rare] }, { countries: [c1, c2] }, { people: [person1] }, { people: [rarePerson] },
      { countries: [c1], from: '2010-01-01', to: '2020-12-31' }, { countries: [c1], kinds: ['meeting'] },
      { people: [person1, person2] }, { topics: [topic] }, { organisations: [org] }, { kinds: ['visit', 'summit'] },
      { from: '2010-01-01', to: '2015-12-31' }, { countries: [c1], people: [person1], from: '2000-01-01' },
      { countries: [rare], kinds: ['meeting', 'visit'] }, { people: ['00000000-0000-7000-8000-000000000000'] },
    ];
    const reference = db.prepare(`SELECT e.id FROM events e WHERE ${FILTER_WHERE} ORDER BY e.date, e.precision_rank, e.seq`).pluck();
    for (const filters of cases) {
      const ids = reference.all(filterParams(filters)) as string[];
      for (const order of ['asc', 'desc'] as const) {
        const all = order === 'asc' ? ids : [...ids].reverse();
        for (let offset = 0; offset <= all.length; offset += 13) {
          const page = t.call('events.list', { filters, order, offset, limit: 13, withTotal: false }).items.map((e) => e.id);
          expect(page, `${JSON.stringify(filters)} ${order} @${offset}`).toEqual(all.slice(offset, offset + 13));
        }
      }
      expect(t.call('events.list', { filters, limit: 1000 }).total).toBe(ids.length);
    }
  });
});

describe('events.facets', () => {
  it('counts kinds and countries over the filtered events', () => {
    const f = t.call('events.facets', { filters: { from: '2025-06-01' } });
    expect(f.kinds).toEqual([{ value: 'meeting', label: 'Meeting', count: 3 }, { value: 'summit', label: 'Summit', count: 1 }]);
    expect(f.countries.map((c) => [c.value, c.count])).toEqual([['ML', 2], ['RU', 2]]);
  });
});

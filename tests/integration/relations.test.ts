/** relations.bilateral: the figures of "where are we with Mali and Russia?", on the seed story and on built and generated sets. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../core/contract.ts';
import { addCalendarDays, daysBetween } from '../../core/dates.ts';
import { SAMPLE_EVENT } from '../../core/sample.ts';
import { plainEvent } from '../helpers/events.ts';
import { openTestStore, type TestStore } from '../helpers/store.ts';

let t: TestStore;
beforeEach(() => {
  t = openTestStore();
});
afterEach(() => t.cleanup());

const mlRu = (date: string, overrides: Partial<Input<'events.create'>> = {}) => plainEvent(`Mali–Russie ${date}`, date, { countries: ['ML', 'RU'], ...overrides });

describe('on the seed story (the Moscow meeting of 23 June 2025)', () => {
  beforeEach(() => {
    t.call('events.create', SAMPLE_EVENT);
  });

  it('counts one meeting, eight days ago, with its promise still open', () => {
    const r = t.call('relations.bilateral', { a: 'ML', b: 'RU', at: '2025-07-01' });
    expect(r).toMatchObject({
      events: 1,
      byKind: { meeting: 1 },
      perQuarter: [{ quarter: '2025-Q2', count: 1 }, { quarter: '2025-Q3', count: 0 }],
      longestGapDays: null,
      daysSinceLast: 8,
      followUps: { delivered: 0, open: 1, overdue: 0, dropped: 0 },
      deliveryRate: null,
      hostedIn: { a: 0, b: 1, elsewhere: 0 },
    });
    expect(r.a).toMatchObject({ kind: 'country', code: 'ML', fr: 'Mali' });
    expect(r.timeline.map((e) => e.title)).toEqual(['Réunion Mali–Russie à Moscou']);
  });

  it('puts each delegation on its own side', () => {
    const r = t.call('relations.bilateral', { a: 'ML', b: 'RU', at: '2025-07-01' });
    expect(r.people.a.map((p) => p.person.name)).toEqual(['Abdoulaye Diop', 'Ismaël Wagué']);
    expect(r.people.b.map((p) => [p.person.name, p.events])).toEqual([['Mikhaïl Bogdanov', 1]]);
  });

  it('turns the Bamako consultations overdue once "the next weeks" have passed, for a delivery rate of 0', () => {
    const r = t.call('relations.bilateral', { a: 'ML', b: 'RU', at: '2025-08-05' });
    expect(r.followUps).toEqual({ delivered: 0, open: 0, overdue: 1, dropped: 0 });
    expect(r.deliveryRate).toBe(0);
    expect(r.followUpItems.map((f) => [f.title, f.outcome])).toEqual([['Consultations politiques bilatérales à Bamako', 'overdue']]);
  });

  it('counts the consultations delivered when the Bamako event is named as fulfilling them', () => {
    const [meeting] = t.call('events.list').items;
    const promise = t.call('events.get', { id: meeting!.id }).followUps[0]!;
    const bamako = t.call('events.create', mlRu('2025-07-20', { kind: 'consultation', place: { name: 'Bamako', country: 'ML' } }));
    t.call('followUps.complete', { id: promise.id, doneByEventId: bamako.id });
    const r = t.call('relations.bilateral', { a: 'ML', b: 'RU', at: '2025-08-05' });
    expect(r).toMatchObject({ events: 2, byKind: { meeting: 1, consultation: 1 }, followUps: { delivered: 1, open: 0, overdue: 0, dropped: 0 }, deliveryRate: 1, longestGapDays: 27, daysSinceLast: 16, hostedIn: { a: 1, b: 1, elsewhere: 0 } });
  });

  it('reads "today" from the injected clock when no date is given', () => {
    t.setNow('2025-07-04T10:00:00.000Z');
    expect(t.call('relations.bilateral', { a: 'RU', b: 'ML' }).daysSinceLast).toBe(11);
  });

  it('gives the same figures either way round, with the sides swapped', () => {
    const ab = t.call('relations.bilateral', { a: 'ML', b: 'RU', at: '2025-07-01' });
    const ba = t.call('relations.bilateral', { a: 'RU', b: 'ML', at: '2025-07-01' });
    expect(ba.people).toEqual({ a: ab.people.b, b: ab.people.a });
    expect({ ...ba, a: null, b: null, people: null, hostedIn: null }).toEqual({ ...ab, a: null, b: null, people: null, hostedIn: null });
  });

  it('relates a country and an organisation: Mali and the Confederation of Sahel States', () => {
    const [ces] = t.call('directory.organisations', { query: 'CES' });
    const r = t.call('relations.bilateral', { a: 'ML', b: ces!.id, at: '2025-07-01' });
    expect(r.events).toBe(1);
    expect(r.b).toMatchObject({ kind: 'organisation', organisation: { acronymFr: 'CES' } });
    // People carry a country, not an organisation: the non-Malians stand on the organisation's side.
    expect(r.people.b.map((p) => p.person.name)).toEqual(['Mikhaïl Bogdanov']);
  });

  it('answers zeros and nulls for two countries that never met', () => {
    const r = t.call('relations.bilateral', { a: 'ML', b: 'JP', at: '2025-07-01' });
    expect(r).toMatchObject({ events: 0, byKind: {}, perQuarter: [], longestGapDays: null, daysSinceLast: null, deliveryRate: null, timeline: [] });
  });
});

describe('on a hand-built set', () => {
  let ids: Record<string, string>;
  beforeEach(() => {
    const make = (date: string, overrides: Partial<Input<'events.create'>> = {}) => t.call('events.create', mlRu(date, overrides)).id;
    ids = {
      jan: make('2024-01-15', { kind: 'phone_call', followUps: [{ title: 'Livraison promise', due: '2024-03-01' }, { title: 'Visite annulée', due: '2024-06-01' }] }),
      feb: make('2024-02-10', { kind: 'visit', place: { name: 'Moscou', country: 'RU' }, followUps: [{ title: 'Note verbale', due: '2025-03-01' }, { title: 'Accord à signer', window: { from: '2025-09-01', to: '2025-09-30' } }, { title: 'Appel de suivi', due: '2024-03-01' }] }),
      sep: make('2024-09-30', { kind: 'hosted_visit', place: { name: 'Bamako', country: 'ML' } }),
      jun: make('2025-06-23'),
    };
    // Not shared: Mali with France, Russia alone, and Mali with Russia's name only in the text.
    t.call('events.create', plainEvent('Mali–France', '2024-12-01', { countries: ['ML', 'FR'] }));
    t.call('events.create', plainEvent('Russie seule', '2024-11-01', { countries: ['RU'] }));
    t.call('events.create', plainEvent('Mali, à propos de la Russie', '2024-11-02', { countries: ['ML'], summary: 'Russie' }));
    const [delivered, dropped] = t.call('events.get', { id: ids.jan! }).followUps;
    t.call('followUps.complete', { id: delivered!.id, doneByEventId: ids.feb! });
    t.call('followUps.cancel', { id: dropped!.id });
    const unlinked = t.call('events.get', { id: ids.feb! }).followUps.find((f) => f.title === 'Appel de suivi')!;
    t.call('followUps.complete', { id: unlinked.id, at: '2024-03-01' });
  });

  it('counts only events linked to both countries', () => {
    expect(t.call('relations.bilateral', { a: 'ML', b: 'RU', at: '2025-07-01' }).events).toBe(4);
  });

  it('gives the cadence per quarter, silent quarters included up to today’s', () => {
    expect(t.call('relations.bilateral', { a: 'ML', b: 'RU', at: '2025-07-01' }).perQuarter).toEqual([
      { quarter: '2024-Q1', count: 2 },
      { quarter: '2024-Q2', count: 0 },
      { quarter: '2024-Q3', count: 1 },
      { quarter: '2024-Q4', count: 0 },
      { quarter: '2025-Q1', count: 0 },
      { quarter: '2025-Q2', count: 1 },
      { quarter: '2025-Q3', count: 0 },
    ]);
  });

  it('finds the longest gap (30 September 2024 to 23 June 2025: 266 days) and the days since the last contact', () => {
    const r = t.call('relations.bilateral', { a: 'ML', b: 'RU', at: '2025-07-01' });
    expect(r.longestGapDays).toBe(266);
    expect(r.daysSinceLast).toBe(8);
  });

  it('measures the days since the last contact before the given date, ignoring later ones', () => {
    expect(t.call('relations.bilateral', { a: 'ML', b: 'RU', at: '2024-10-10' }).daysSinceLast).toBe(10);
  });

  it('tallies the follow-ups: delivered, open, overdue, dropped; one done without an event counts in none', () => {
    const r = t.call('relations.bilateral', { a: 'ML', b: 'RU', at: '2025-07-01' });
    expect(r.followUps).toEqual({ delivered: 1, open: 1, overdue: 1, dropped: 1 });
    expect(r.followUpItems.map((f) => [f.title, f.outcome])).toEqual([
      ['Livraison promise', 'delivered'],
      ['Appel de suivi', 'doneUnlinked'],
      ['Visite annulée', 'dropped'],
      ['Note verbale', 'overdue'],
      ['Accord à signer', 'open'],
    ]);
  });

  it('rates delivery as delivered over delivered + overdue + dropped', () => {
    expect(t.call('relations.bilateral', { a: 'ML', b: 'RU', at: '2025-07-01' }).deliveryRate).toBeCloseTo(1 / 3, 10);
    // Before the note verbale fell due it was not yet a broken promise: 1 of 2.
    expect(t.call('relations.bilateral', { a: 'ML', b: 'RU', at: '2025-02-01' }).deliveryRate).toBe(0.5);
  });

  it('counts the kinds of contact and where they took place', () => {
    const r = t.call('relations.bilateral', { a: 'ML', b: 'RU', at: '2025-07-01' });
    expect(r.byKind).toEqual({ phone_call: 1, visit: 1, hosted_visit: 1, meeting: 1 });
    expect(r.hostedIn).toEqual({ a: 1, b: 1, elsewhere: 2 });
  });

  it('lists the shared events newest first', () => {
    expect(t.call('relations.bilateral', { a: 'ML', b: 'RU', at: '2025-07-01' }).timeline.map((e) => e.id)).toEqual([ids.jun, ids.sep, ids.feb, ids.jan]);
  });
});

/** A small deterministic generator: the same "random" store on every run. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('on generated data', () => {
  it('agrees with figures recomputed from the generated dates, and caps the timeline at 200', () => {
    const rand = lcg(42);
    const pool = ['ML', 'RU', 'FR', 'BF', 'NE', 'DZ'];
    const shared: string[] = [];
    const events = Array.from({ length: 1200 }, (_, i) => {
      const date = addCalendarDays('2019-01-01', Math.floor(rand() * 2400));
      const countries = pool.filter(() => rand() < 0.45);
      if (countries.includes('ML') && countries.includes('RU')) shared.push(date);
      return plainEvent(`Événement ${i}`, date, { countries, kind: rand() < 0.5 ? 'meeting' : 'phone_call' });
    });
    t.call('events.createMany', { events });
    expect(shared.length).toBeGreaterThan(200);

    const at = '2026-01-01';
    const r = t.call('relations.bilateral', { a: 'ML', b: 'RU', at });
    const sorted = [...shared].sort();
    const gaps = sorted.slice(1).map((d, i) => daysBetween(sorted[i]!, d));
    expect(r.events).toBe(shared.length);
    expect(r.perQuarter.reduce((n, q) => n + q.count, 0)).toBe(shared.length);
    expect(r.longestGapDays).toBe(Math.max(...gaps));
    expect(r.daysSinceLast).toBe(daysBetween(sorted.filter((d) => d <= at).at(-1)!, at));
    expect((r.byKind.meeting ?? 0) + (r.byKind.phone_call ?? 0)).toBe(shared.length);
    expect(r.timeline).toHaveLength(200);
    expect(r.timeline[0]!.date).toBe(sorted.at(-1));
    expect(r.timeline.every((e) => e.countries.includes('ML') && e.countries.includes('RU'))).toBe(true);
  });
});

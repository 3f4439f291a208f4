/** reminders.due at a given day: overdue, today, upcoming, later — across month ends, leap days and the new year. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reminders } from '../../core/records.ts';
import { plainEvent } from '../helpers/events.ts';
import { openTestStore, type TestStore } from '../helpers/store.ts';

let t: TestStore;
let eventId: string;
beforeEach(() => {
  t = openTestStore();
  eventId = t.call('events.create', plainEvent('Entretien Mali–Russie', '2023-06-23')).id;
});
afterEach(() => t.cleanup());

const due = (title: string, d: string) => t.call('followUps.create', { eventId, title, due: d }).id;
const windowed = (title: string, from: string, to: string) => t.call('followUps.create', { eventId, title, window: { from, to } }).id;
const reminders = (at: string, withinDays = 7): Reminders => t.call('reminders.due', { at, withinDays });
const buckets = (r: Reminders) => ({
  overdue: r.overdue.map((f) => f.title), today: r.today.map((f) => f.title), upcoming: r.upcoming.map((f) => f.title), later: r.later.map((f) => f.title),
});

describe('the four buckets', () => {
  beforeEach(() => {
    due('passé', '2025-06-30');
    due('aujourd’hui', '2025-07-01');
    windowed('fenêtre ouverte', '2025-06-20', '2025-07-10');
    windowed('fenêtre close', '2025-06-01', '2025-06-30');
    due('dans 7 jours', '2025-07-08');
    due('dans 8 jours', '2025-07-09');
    windowed('fenêtre à venir', '2025-07-05', '2025-07-20');
  });

  it('lists at most `limit` per bucket, in the same order, and keeps the counts whole', () => {
    const whole = reminders('2025-07-01');
    const first: Reminders = t.call('reminders.due', { at: '2025-07-01', withinDays: 7, limit: 1 });
    expect(buckets(first)).toEqual({ overdue: ['fenêtre close'], today: ['fenêtre ouverte'], upcoming: ['fenêtre à venir'], later: ['dans 8 jours'] });
    expect(first.counts).toEqual({ overdue: 2, today: 2, upcoming: 2, later: 1 });
    expect(first.counts).toEqual(whole.counts);
    expect(first.nextDueDate).toBe(whole.nextDueDate);
    const none: Reminders = t.call('reminders.due', { at: '2025-07-01', withinDays: 7, limit: 0 });
    expect(buckets(none)).toEqual({ overdue: [], today: [], upcoming: [], later: [] });
    expect(none.counts).toEqual(whole.counts);
  });

  it('sorts open follow-ups into overdue, today, upcoming within N days and later', () => {
    expect(buckets(reminders('2025-07-01'))).toEqual({
      overdue: ['fenêtre close', 'passé'],
      today: ['fenêtre ouverte', 'aujourd’hui'],
      upcoming: ['fenêtre à venir', 'dans 7 jours'],
      later: ['dans 8 jours'],
    });
  });

  it('counts each bucket and names the next day something becomes due', () => {
    const r = reminders('2025-07-01');
    expect(r.counts).toEqual({ overdue: 2, today: 2, upcoming: 2, later: 1 });
    expect(r.nextDueDate).toBe('2025-07-05');
    expect(r.at).toBe('2025-07-01');
  });

  it('widens upcoming with withinDays and narrows it to nothing with 0', () => {
    expect(reminders('2025-07-01', 8).counts.upcoming).toBe(3);
    expect(reminders('2025-07-01', 0).counts).toEqual({ overdue: 2, today: 2, upcoming: 0, later: 3 });
  });

  it('leaves out done and cancelled follow-ups', () => {
    const all = t.call('followUps.list', { status: 'open' }).items;
    t.call('followUps.complete', { id: all.find((f) => f.title === 'passé')!.id });
    t.call('followUps.cancel', { id: all.find((f) => f.title === 'dans 8 jours')!.id });
    const r = buckets(reminders('2025-07-01'));
    expect(r.overdue).toEqual(['fenêtre close']);
    expect(r.later).toEqual([]);
  });
});

describe('snoozing', () => {
  it('moves an overdue follow-up to later, then to today on the snooze day', () => {
    const id = due('relance', '2025-06-25');
    t.call('followUps.snooze', { id, until: '2025-07-20' });
    expect(buckets(reminders('2025-07-01')).later).toEqual(['relance']);
    expect(reminders('2025-07-01').nextDueDate).toBe('2025-07-20');
    expect(buckets(reminders('2025-07-15')).upcoming).toEqual(['relance']);
    expect(buckets(reminders('2025-07-20')).today).toEqual(['relance']);
    expect(buckets(reminders('2025-07-21')).overdue).toEqual(['relance']);
  });

  it('keeps a window open until its end when snoozed inside it', () => {
    const id = windowed('consultations', '2025-07-01', '2025-07-31');
    t.call('followUps.snooze', { id, until: '2025-07-10' });
    expect(buckets(reminders('2025-07-05')).upcoming).toEqual(['consultations']);
    expect(buckets(reminders('2025-07-25')).today).toEqual(['consultations']);
  });

  it('no longer holds after a reschedule', () => {
    const id = due('relance', '2025-06-25');
    t.call('followUps.snooze', { id, until: '2025-08-20' });
    t.call('followUps.reschedule', { id, due: '2025-07-01' });
    expect(buckets(reminders('2025-07-01')).today).toEqual(['relance']);
  });
});

describe('calendar edges', () => {
  it('crosses a month end: 31 January sees 1 February as upcoming', () => {
    due('février', '2025-02-01');
    expect(buckets(reminders('2025-01-31', 1)).upcoming).toEqual(['février']);
    expect(buckets(reminders('2025-01-31', 0)).later).toEqual(['février']);
    expect(buckets(reminders('2025-02-02')).overdue).toEqual(['février']);
  });

  it.each(['2024', '2028'])('handles 29 February %s: upcoming the day before, today on it, overdue on 1 March', (year) => {
    due('bissextile', `${year}-02-29`);
    expect(buckets(reminders(`${year}-02-28`, 1)).upcoming).toEqual(['bissextile']);
    expect(buckets(reminders(`${year}-02-29`)).today).toEqual(['bissextile']);
    expect(buckets(reminders(`${year}-03-01`)).overdue).toEqual(['bissextile']);
  });

  it('counts 7 days across February of a common year', () => {
    due('mars', '2025-03-07');
    expect(buckets(reminders('2025-02-28', 7)).upcoming).toEqual(['mars']);
    expect(buckets(reminders('2025-02-27', 7)).later).toEqual(['mars']);
  });

  it('crosses the new year: 31 December sees 1 January as upcoming', () => {
    due('nouvel an', '2026-01-01');
    const r = reminders('2025-12-31', 1);
    expect(buckets(r).upcoming).toEqual(['nouvel an']);
    expect(r.nextDueDate).toBe('2026-01-01');
  });

  it('keeps a window spanning the new year open on both sides', () => {
    windowed('fêtes', '2025-12-20', '2026-01-10');
    expect(buckets(reminders('2025-12-31')).today).toEqual(['fêtes']);
    expect(buckets(reminders('2026-01-10')).today).toEqual(['fêtes']);
    expect(buckets(reminders('2026-01-11')).overdue).toEqual(['fêtes']);
  });

  it('answers no next due date when nothing lies ahead', () => {
    due('passé', '2025-01-01');
    expect(reminders('2025-07-01').nextDueDate).toBeNull();
  });
});

/** Follow-ups: due on a date, in a window, or only as said; their life from open to done or cancelled. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calendarDateOf } from '../../core/dates.ts';
import type { Event } from '../../core/records.ts';
import { proposeWindow } from '../../core/vague.ts';
import { FOLLOW_UP_WORDING, maliRussiaMeeting, plainEvent } from '../helpers/events.ts';
import { openTestStore, type TestStore } from '../helpers/store.ts';

let t: TestStore;
let meeting: Event;
let consultations: Event;
beforeEach(() => {
  t = openTestStore({ now: '2025-07-01T09:00:00.000Z' });
  meeting = t.call('events.create', maliRussiaMeeting({ followUps: [] }));
  consultations = t.call('events.create', plainEvent('Consultations politiques à Bamako', '2025-07-28'));
});
afterEach(() => t.cleanup());

const create = (extra: Record<string, unknown>) => t.call('followUps.create', { eventId: meeting.id, title: 'Consultations à Bamako', ...extra } as never);

describe('followUps.create', () => {
  it('keeps an exact due date', () => {
    expect(create({ due: '2025-07-15' })).toMatchObject({ due: { kind: 'date', date: '2025-07-15' }, status: 'open', eventId: meeting.id, eventDate: '2025-06-23' });
  });

  it('keeps a window and its wording', () => {
    expect(create({ window: { from: '2025-07-01', to: '2025-07-31' }, wording: 'en juillet' })).toMatchObject({ due: { kind: 'window', from: '2025-07-01', to: '2025-07-31' }, wording: 'en juillet' });
  });

  it('proposes a window from the event date when only the wording is given', () => {
    const f = create({ wording: FOLLOW_UP_WORDING, place: { name: 'Bamako', country: 'ML' } });
    const expected = proposeWindow(FOLLOW_UP_WORDING, '2025-06-23')!;
    expect(f.due).toEqual({ kind: 'window', ...expected });
    expect(f.due.kind === 'window' && f.due.from > '2025-06-23').toBe(true);
    expect(f).toMatchObject({ wording: FOLLOW_UP_WORDING, place: { name: 'Bamako', country: 'ML' } });
  });

  it('shows on its event and counts as open on the timeline', () => {
    const f = create({ due: '2025-07-15' });
    expect(t.call('events.get', { id: meeting.id }).followUps).toEqual([f]);
    expect(t.call('events.list').items.find((e) => e.id === meeting.id)!.openFollowUps).toBe(1);
  });
});

describe('followUps.update', () => {
  it('changes title, notes, place and wording, keeping the due date', () => {
    const f = create({ due: '2025-07-15', wording: 'mi-juillet' });
    t.setNow('2025-07-02T09:00:00.000Z');
    const u = t.call('followUps.update', { id: f.id, title: 'Consultations politiques', notes: 'Préparer la note', place: 'Bamako', wording: '' });
    expect(u).toMatchObject({ title: 'Consultations politiques', notes: 'Préparer la note', place: { name: 'Bamako', country: null }, wording: null, due: f.due, updatedAt: '2025-07-02T09:00:00.000Z', createdAt: f.createdAt });
    expect(t.call('followUps.update', { id: f.id, place: null }).place).toBeNull();
  });
});

describe('the life of a follow-up', () => {
  it('is completed by a later event, on the clock’s day (in the user’s timezone) by default', () => {
    const f = create({ due: '2025-07-15' });
    const today = calendarDateOf(new Date('2025-07-01T09:00:00.000Z'));
    expect(t.call('followUps.complete', { id: f.id, doneByEventId: consultations.id })).toMatchObject({ status: 'done', doneByEventId: consultations.id, doneAt: today });
  });

  it('records the completion day given', () => {
    const f = create({ due: '2025-07-15' });
    expect(t.call('followUps.complete', { id: f.id, at: '2025-07-28' })).toMatchObject({ status: 'done', doneByEventId: null, doneAt: '2025-07-28' });
  });

  it('cannot be completed by the event that promised it, nor by an unknown event, and nothing is written', () => {
    const f = create({ due: '2025-07-15' });
    const before = t.checksum();
    expect(t.fail('followUps.complete', { id: f.id, doneByEventId: meeting.id }).issues).toEqual([{ field: 'doneByEventId', problem: 'a follow-up cannot be fulfilled by the event that promised it' }]);
    const unknown = '01a22877-0000-7000-8000-000000000001';
    expect(t.fail('followUps.complete', { id: f.id, doneByEventId: unknown }).issues).toEqual([{ field: 'doneByEventId', problem: `no event with id ${unknown}` }]);
    expect(t.checksum()).toBe(before);
  });

  it('is cancelled, then reopened without its completion', () => {
    const f = create({ due: '2025-07-15' });
    t.call('followUps.complete', { id: f.id, doneByEventId: consultations.id });
    expect(t.call('followUps.reopen', { id: f.id })).toMatchObject({ status: 'open', doneByEventId: null, doneAt: null });
    expect(t.call('followUps.cancel', { id: f.id }).status).toBe('cancelled');
    expect(t.call('followUps.reopen', { id: f.id }).status).toBe('open');
  });

  it('is snoozed until a day, and rescheduling clears the snooze', () => {
    const f = create({ due: '2025-07-15' });
    expect(t.call('followUps.snooze', { id: f.id, until: '2025-07-20' }).snoozedUntil).toBe('2025-07-20');
    const r = t.call('followUps.reschedule', { id: f.id, window: { from: '2025-09-01', to: '2025-09-30' }, wording: 'en septembre' });
    expect(r).toMatchObject({ due: { kind: 'window', from: '2025-09-01', to: '2025-09-30' }, wording: 'en septembre', snoozedUntil: null });
    expect(t.call('followUps.reschedule', { id: f.id, due: '2025-09-15' }).due).toEqual({ kind: 'date', date: '2025-09-15' });
  });

  it.each([
    ['complete', { doneByEventId: undefined }],
    ['cancel', {}],
    ['snooze', { until: '2025-08-01' }],
    ['reschedule', { due: '2025-08-01' }],
  ] as const)('refuses to %s a follow-up that is not open, writing nothing', (action, extra) => {
    const f = create({ due: '2025-07-15' });
    t.call('followUps.cancel', { id: f.id });
    const before = t.checksum();
    const error = t.fail(`followUps.${action}`, { id: f.id, ...extra });
    expect(error.code).toBe('invalid_input');
    expect(error.issues[0]!.field).toBe('id');
    expect(error.message).toMatch(/this follow-up is cancelled; only an open follow-up can be/);
    expect(t.checksum()).toBe(before);
  });

  it('refuses to reopen an open follow-up', () => {
    const f = create({ due: '2025-07-15' });
    expect(t.fail('followUps.reopen', { id: f.id }).message).toBe('id: this follow-up is already open');
  });

  it('keeps a history of every step', () => {
    const f = create({ due: '2025-07-15' });
    t.call('followUps.snooze', { id: f.id, until: '2025-07-20' });
    t.call('followUps.update', { id: f.id, notes: 'x' });
    t.call('followUps.complete', { id: f.id });
    t.call('followUps.reopen', { id: f.id });
    t.call('followUps.reschedule', { id: f.id, due: '2025-08-01' });
    t.call('followUps.cancel', { id: f.id });
    const h = t.call('followUps.history', { id: f.id });
    expect(h.map((e) => e.action)).toEqual(['create', 'snooze', 'update', 'complete', 'reopen', 'reschedule', 'cancel']);
    expect(h[1]).toMatchObject({ recordType: 'followUp', before: { snoozedUntil: null }, after: { snoozedUntil: '2025-07-20' } });
  });
});

describe('followUps.list', () => {
  it('lists by status and by event, in due order, with totals', () => {
    const late = create({ due: '2025-08-01' });
    const early = create({ due: '2025-07-05' });
    const other = t.call('followUps.create', { eventId: consultations.id, title: 'Compte rendu', due: '2025-07-30' });
    t.call('followUps.cancel', { id: other.id });
    expect(t.call('followUps.list').items.map((f) => f.id)).toEqual([early.id, other.id, late.id]);
    expect(t.call('followUps.list', { status: 'open' })).toMatchObject({ total: 2 });
    expect(t.call('followUps.list', { status: 'cancelled' }).items.map((f) => f.id)).toEqual([other.id]);
    expect(t.call('followUps.list', { eventId: meeting.id, limit: 1 })).toMatchObject({ total: 2, items: [{ id: early.id }] });
  });
});

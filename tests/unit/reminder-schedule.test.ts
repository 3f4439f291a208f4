import { describe, expect, it } from 'vitest';
import {
  MAX_TIMER_MS,
  parseReminderTime,
  planReminders,
  reminderDate,
  reminderInstant,
  reminderKey,
  toReminderPayload,
} from '../../core/reminder-schedule.ts';
import type { ReminderItem } from '../../core/reminder-schedule.ts';

const item = (id: string, due: ReminderItem['due'], snoozedUntil: string | null = null): ReminderItem => ({
  id,
  title: `follow-up ${id}`,
  eventTitle: `event of ${id}`,
  due,
  snoozedUntil,
});
const on = (date: string): ReminderItem['due'] => ({ kind: 'date', date });
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);

describe('parseReminderTime', () => {
  it('reads hours and minutes of an HH:MM time', () => {
    expect(parseReminderTime('09:30')).toEqual({ hours: 9, minutes: 30 });
    expect(parseReminderTime('23:59')).toEqual({ hours: 23, minutes: 59 });
  });

  it('refuses anything that is not a time of day, naming the field', () => {
    for (const bad of ['9:30', '24:00', '12:60', '', '12h30']) {
      expect(() => parseReminderTime(bad)).toThrow(/reminderTime/);
    }
  });
});

describe('reminderDate', () => {
  it('is the due date of a dated follow-up', () => {
    expect(reminderDate(item('a', on('2026-03-10')))).toBe('2026-03-10');
  });

  it('is the opening day of a window', () => {
    expect(reminderDate(item('a', { kind: 'window', from: '2026-03-10', to: '2026-03-31' }))).toBe('2026-03-10');
  });

  it('moves to the snooze date when the follow-up is snoozed past its due date', () => {
    expect(reminderDate(item('a', on('2026-03-10'), '2026-03-15'))).toBe('2026-03-15');
  });

  it('ignores a snooze that ends before the due date', () => {
    expect(reminderDate(item('a', on('2026-03-10'), '2026-03-01'))).toBe('2026-03-10');
  });
});

describe('reminderInstant', () => {
  it('is the reminder time of day on that calendar date, local time', () => {
    expect(reminderInstant('2026-03-10', { hours: 9, minutes: 15 })).toEqual(local(2026, 3, 10, 9, 15));
  });
});

describe('planReminders', () => {
  const now = local(2026, 3, 10, 12, 0);

  it('arms the timer for the earliest item still to come', () => {
    const plan = planReminders({
      items: [item('late', on('2026-03-20')), item('soon', on('2026-03-11'))],
      reminderTime: '09:00',
      now,
      notified: new Set(),
    });
    expect(plan.due).toEqual([]);
    expect(plan.wakeAt).toEqual(local(2026, 3, 11, 9, 0));
    expect(plan.delayMs).toBe(local(2026, 3, 11, 9, 0).getTime() - now.getTime());
  });

  it('caps the delay under the 2^31 ms setTimeout limit for an item months away', () => {
    const plan = planReminders({ items: [item('far', on('2027-01-01'))], reminderTime: '09:00', now, notified: new Set() });
    expect(plan.wakeAt).toEqual(local(2027, 1, 1, 9, 0));
    expect(plan.delayMs).toBe(MAX_TIMER_MS);
    expect(MAX_TIMER_MS).toBe(2_147_483_647);
  });

  it('waits for nothing when no open item is in the future', () => {
    const plan = planReminders({ items: [], reminderTime: '09:00', now, notified: new Set() });
    expect(plan).toMatchObject({ due: [], dueCount: 0, wakeAt: null, delayMs: null });
  });

  it('reports an item falling due at this very minute as on time, not missed', () => {
    const plan = planReminders({ items: [item('a', on('2026-03-10'))], reminderTime: '12:00', now, notified: new Set() });
    expect(plan.due.map((d) => [d.item.id, d.missed])).toEqual([['a', false]]);
  });

  it('reports items whose instant passed while nobody was watching as missed, oldest first', () => {
    const plan = planReminders({
      items: [item('yesterday', on('2026-03-09')), item('last-week', on('2026-03-03'))],
      reminderTime: '09:00',
      now,
      notified: new Set(),
    });
    expect(plan.due.map((d) => [d.item.id, d.missed])).toEqual([['last-week', true], ['yesterday', true]]);
    expect(plan.dueCount).toBe(2);
  });

  it('does not show again a reminder already shown, but still counts it in the badge', () => {
    const plan = planReminders({
      items: [item('a', on('2026-03-09'))],
      reminderTime: '09:00',
      now,
      notified: new Set([reminderKey('a', '2026-03-09')]),
    });
    expect(plan.due).toEqual([]);
    expect(plan.dueCount).toBe(1);
  });

  it('shows a snoozed item again once its snooze date comes', () => {
    const plan = planReminders({
      items: [item('a', on('2026-03-01'), '2026-03-10')],
      reminderTime: '09:00',
      now,
      notified: new Set([reminderKey('a', '2026-03-01')]),
    });
    expect(plan.due.map((d) => d.key)).toEqual([reminderKey('a', '2026-03-10')]);
  });

  it('forgets the keys of items that are no longer open or due', () => {
    const plan = planReminders({
      items: [item('a', on('2026-03-09'))],
      reminderTime: '09:00',
      now,
      notified: new Set([reminderKey('a', '2026-03-09'), reminderKey('closed', '2026-02-01')]),
    });
    expect([...plan.notified]).toEqual([reminderKey('a', '2026-03-09')]);
  });

  it('refuses a malformed reminder time rather than guessing', () => {
    expect(() => planReminders({ items: [], reminderTime: '9h', now, notified: new Set() })).toThrow(/reminderTime/);
  });
});

describe('toReminderPayload', () => {
  it('carries only what the in-app panel shows', () => {
    const plan = planReminders({ items: [item('a', on('2026-03-09'))], reminderTime: '09:00', now: local(2026, 3, 10), notified: new Set() });
    expect(toReminderPayload(plan.due)).toEqual({
      followUps: [{ id: 'a', title: 'follow-up a', eventTitle: 'event of a', date: '2026-03-09', missed: true }],
    });
  });
});

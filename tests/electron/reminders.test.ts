import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Store } from '../../api/store.ts';
import type { ReminderPayload } from '../../core/reminder-schedule.ts';
import { MAX_TIMER_MS } from '../../core/reminder-schedule.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

const fake = await import('./fake-electron.ts');
const { openStore } = await import('../../api/store.ts');
const { startReminders } = await import('../../electron/reminders.ts');
type Scheduler = ReturnType<typeof startReminders>;

const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);

let dir: string;
let store: Store;
let opened: string[];
let inApp: ReminderPayload[];
let schedulers: Scheduler[];

function start(): Scheduler {
  const s = startReminders({
    store,
    stateFile: path.join(dir, 'reminders.json'),
    openInApp: (command) => opened.push(command),
    showInApp: (payload) => inApp.push(payload),
  });
  schedulers.push(s);
  return s;
}

function followUp(title: string, due: string): string {
  const res = store.dispatch('events.create', { title: `Event for ${title}`, date: '2026-03-01', followUps: [{ title, due }] });
  if (!res.ok) throw new Error(res.error.message);
  return (res.result as { followUps: { id: string }[] }).followUps[0]!.id;
}

const shownTitles = () => fake.Notification.shown.map((n) => n.options.title);

beforeEach(() => {
  vi.useFakeTimers({ now: at(2026, 3, 10, 8, 0), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  fake.resetRecords();
  dir = mkdtempSync(path.join(tmpdir(), 'chancery-reminders-'));
  // The clock is fake and the tests count timers: only the scheduler's may be pending.
  store = openStore({ file: path.join(dir, 'chancery.sqlite'), idleUpkeep: false });
  store.dispatch('settings.update', { reminderTime: '09:00' });
  opened = [];
  inApp = [];
  schedulers = [];
});

afterEach(() => {
  for (const s of schedulers) s.stop();
  store.close();
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

describe('reminder scheduler', () => {
  it('shows a notification when a follow-up falls due at the reminder time, not before', () => {
    followUp('Send the minutes', '2026-03-10');
    start();
    expect(fake.Notification.shown).toHaveLength(0);
    vi.advanceTimersByTime(at(2026, 3, 10, 9, 0).getTime() - Date.now() - 1);
    expect(fake.Notification.shown).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(shownTitles()).toEqual(['Follow-up due']);
    expect(fake.Notification.shown[0]!.options.body).toBe('Send the minutes — Event for Send the minutes');
  });

  it('keeps exactly one timer, armed for the next item only', () => {
    followUp('first', '2026-03-12');
    followUp('second', '2026-03-20');
    const s = start();
    s.check();
    s.check();
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(at(2026, 3, 12, 9, 0).getTime() - Date.now());
    expect(fake.Notification.shown.map((n) => n.options.body)).toEqual(['first — Event for first']);
    expect(vi.getTimerCount()).toBe(1);
  });

  it('waits in steps under the 2^31 ms limit for an item months away and still fires on the day', () => {
    followUp('annual review', '2026-12-01');
    start();
    vi.advanceTimersByTime(MAX_TIMER_MS);
    expect(fake.Notification.shown).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(at(2026, 12, 1, 9, 0).getTime() - Date.now());
    expect(shownTitles()).toEqual(['Follow-up due']);
  });

  it('shows on start what fell due while the app was closed, as missed', () => {
    followUp('overdue', '2026-03-05');
    start();
    expect(shownTitles()).toEqual(['Missed follow-up']);
    expect(fake.app.badge).toBe(1);
  });

  it('catches up after the machine wakes from sleep', () => {
    followUp('during sleep', '2026-03-11');
    start();
    // Asleep: the clock moves on, the timer does not fire.
    vi.setSystemTime(at(2026, 3, 13, 7, 30));
    expect(fake.Notification.shown).toHaveLength(0);
    fake.powerMonitor.emit('resume');
    expect(shownTitles()).toEqual(['Missed follow-up']);
  });

  it('re-plans after a change brings an item forward', () => {
    followUp('later', '2026-03-20');
    const s = start();
    followUp('sooner', '2026-03-11');
    s.check();
    vi.advanceTimersByTime(at(2026, 3, 11, 9, 0).getTime() - Date.now());
    expect(fake.Notification.shown.map((n) => n.options.body)).toEqual(['sooner — Event for sooner']);
  });

  it('follows a change of reminder time', () => {
    followUp('today', '2026-03-10');
    const s = start();
    store.dispatch('settings.update', { reminderTime: '08:30' });
    s.check();
    vi.advanceTimersByTime(30 * 60_000);
    expect(fake.Notification.shown).toHaveLength(1);
  });

  it('does not repeat a reminder already shown, even after a restart', () => {
    followUp('overdue', '2026-03-05');
    start().stop();
    start();
    expect(fake.Notification.shown).toHaveLength(1);
    expect(fake.app.badge).toBe(1);
  });

  it('reminds again on the day a snooze ends', () => {
    const id = followUp('snoozed', '2026-03-05');
    const s = start();
    store.dispatch('followUps.snooze', { id, until: '2026-03-11' });
    s.check();
    expect(fake.app.badge).toBe(0);
    vi.advanceTimersByTime(at(2026, 3, 11, 9, 0).getTime() - Date.now());
    expect(shownTitles()).toEqual(['Missed follow-up', 'Follow-up due']);
  });

  it('forgets a follow-up once it is done', () => {
    const id = followUp('to finish', '2026-03-05');
    const s = start();
    store.dispatch('followUps.complete', { id });
    s.check();
    expect(fake.app.badge).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('opens the follow-up in the app when its notification is clicked', () => {
    const id = followUp('click me', '2026-03-05');
    start();
    fake.Notification.shown[0]!.emit('click');
    expect(opened).toEqual([`open-follow-up:${id}`]);
  });

  it('groups many reminders due at once into one notification that opens the follow-ups list', () => {
    for (const n of [1, 2, 3, 4, 5]) followUp(`item ${n}`, `2026-03-0${n}`);
    start();
    expect(shownTitles()).toEqual(['5 follow-ups due']);
    expect(fake.Notification.shown[0]!.options.body).toBe('item 1\nitem 2\nitem 3\nand 2 more');
    fake.Notification.shown[0]!.emit('click');
    expect(opened).toEqual(['follow-ups']);
  });

  it('falls back to the in-app panel when the system has no notifications', () => {
    fake.Notification.supported = false;
    const id = followUp('quiet', '2026-03-05');
    start();
    expect(inApp).toEqual([{ followUps: [{ id, title: 'quiet', eventTitle: 'Event for quiet', date: '2026-03-05', missed: true }] }]);
  });

  it('falls back to the in-app panel when showing the notification fails', () => {
    fake.Notification.failOnShow = true;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    followUp('unsigned build', '2026-03-05');
    start();
    expect(inApp).toHaveLength(1);
    expect(logged).toHaveBeenCalledWith('chancery: notification failed', expect.any(Error));
    logged.mockRestore();
  });

  it('falls back to the in-app panel when the system reports the notification failed', () => {
    followUp('failed later', '2026-03-05');
    start();
    fake.Notification.shown[0]!.emit('failed', {}, 'toast error');
    expect(inApp.map((p) => p.followUps[0]!.title)).toEqual(['failed later']);
  });

  it('uses the in-app panel only when the user turned notifications off', () => {
    store.dispatch('settings.update', { notifications: false });
    followUp('in app only', '2026-03-05');
    start();
    expect(fake.Notification.shown).toHaveLength(0);
    expect(inApp).toHaveLength(1);
  });

  it('speaks French when the user chose French', () => {
    store.dispatch('settings.update', { language: 'fr' });
    followUp('Envoyer le compte rendu', '2026-03-05');
    start();
    expect(shownTitles()).toEqual(['Suivi en retard']);
  });

  it('stops listening for wake-ups and clears its timer when stopped', () => {
    followUp('pending', '2026-03-20');
    const s = start();
    s.stop();
    expect(vi.getTimerCount()).toBe(0);
    expect(fake.powerMonitor.listenerCount('resume')).toBe(0);
  });
});

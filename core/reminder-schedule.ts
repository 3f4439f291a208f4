/**
 * When the desktop app should wake up to remind the user of a follow-up, and what to show then.
 * Pure: the clock and the already-notified keys come in, a plan comes out; the Electron scheduler
 * (`electron/reminders.ts`) only turns the plan into one timer and some notifications.
 */
import type { CalendarDate } from './dates.ts';
import type { Due } from './records.ts';

/** setTimeout stores its delay in a signed 32-bit integer: a longer delay fires at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** A reminder shown within this long after its instant is "on time"; later, it was missed (app closed, machine asleep). */
export const ON_TIME_GRACE_MS = 60_000;

export interface ReminderItem {
  id: string;
  title: string;
  eventTitle: string;
  due: Due;
  snoozedUntil: CalendarDate | null;
}

export interface DueReminder {
  item: ReminderItem;
  /** Identifies one reminder of one item: a snooze or a reschedule gives a new key, so it is shown again. */
  key: string;
  date: CalendarDate;
  at: Date;
  missed: boolean;
}

export interface ReminderPlan {
  /** Reminders whose instant has come and that were not shown yet, oldest first. */
  due: DueReminder[];
  /** The keys to remember as shown once `due` is shown: stale keys of closed or moved items are dropped. */
  notified: Set<string>;
  /** Open items whose reminder instant has passed: the badge count. */
  dueCount: number;
  /** The next instant an item falls due, or null when none is pending. */
  wakeAt: Date | null;
  /** The delay to arm the single timer with, capped under setTimeout's limit; null when there is nothing to wait for. */
  delayMs: number | null;
}

/** The payload the renderer's in-app panel receives when a notification cannot be shown. */
export interface ReminderPayload {
  followUps: { id: string; title: string; eventTitle: string; date: CalendarDate; missed: boolean }[];
}

const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Hours and minutes of a `HH:MM` reminder time; throws a RangeError naming the value otherwise. */
export function parseReminderTime(value: string): { hours: number; minutes: number } {
  const m = TIME_OF_DAY.exec(value);
  if (!m) throw new RangeError(`reminderTime: ${JSON.stringify(value)} is not a time of day HH:MM`);
  return { hours: Number(m[1]), minutes: Number(m[2]) };
}

/** The day a follow-up asks for attention: its due date or the opening of its window, pushed back by a snooze. */
export function reminderDate(item: Pick<ReminderItem, 'due' | 'snoozedUntil'>): CalendarDate {
  const start = item.due.kind === 'date' ? item.due.date : item.due.from;
  return item.snoozedUntil !== null && item.snoozedUntil > start ? item.snoozedUntil : start;
}

/** That day at the user's time of day, in the machine's own timezone: a reminder set for 09:00 rings at 09:00 wherever the user is. */
export function reminderInstant(date: CalendarDate, time: { hours: number; minutes: number }): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, time.hours, time.minutes, 0, 0);
}

export function reminderKey(id: string, date: CalendarDate): string {
  return `${id}@${date}`;
}

export function planReminders(args: {
  items: readonly ReminderItem[];
  reminderTime: string;
  now: Date;
  notified: ReadonlySet<string>;
}): ReminderPlan {
  const time = parseReminderTime(args.reminderTime);
  const nowMs = args.now.getTime();
  const due: DueReminder[] = [];
  const notified = new Set<string>();
  let dueCount = 0;
  let wakeAt: Date | null = null;
  for (const item of args.items) {
    const date = reminderDate(item);
    const at = reminderInstant(date, time);
    if (at.getTime() > nowMs) {
      if (wakeAt === null || at < wakeAt) wakeAt = at;
      continue;
    }
    dueCount += 1;
    const key = reminderKey(item.id, date);
    notified.add(key);
    if (!args.notified.has(key)) due.push({ item, key, date, at, missed: nowMs - at.getTime() > ON_TIME_GRACE_MS });
  }
  due.sort((a, b) => a.at.getTime() - b.at.getTime() || a.item.id.localeCompare(b.item.id));
  const delayMs = wakeAt === null ? null : Math.min(Math.max(0, wakeAt.getTime() - nowMs), MAX_TIMER_MS);
  return { due, notified, dueCount, wakeAt, delayMs };
}

export function toReminderPayload(due: readonly DueReminder[]): ReminderPayload {
  return {
    followUps: due.map((d) => ({ id: d.item.id, title: d.item.title, eventTitle: d.item.eventTitle, date: d.date, missed: d.missed })),
  };
}

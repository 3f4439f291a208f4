/**
 * When a follow-up is due, as pure functions of "today" (injected, never read from a clock here).
 * A follow-up is due on a date or within a window; snoozing moves its start later.
 */
import { addCalendarDays, type CalendarDate } from './dates.ts';
import type { Due } from './records.ts';

export type DueBucket = 'overdue' | 'today' | 'upcoming' | 'later';

export interface DueState {
  due: Due;
  snoozedUntil: CalendarDate | null;
}

/** The span in which a follow-up asks for attention: its window (or day), pushed back by a snooze. */
export function effectiveSpan(f: DueState): { from: CalendarDate; to: CalendarDate } {
  const from0 = f.due.kind === 'date' ? f.due.date : f.due.from;
  const to0 = f.due.kind === 'date' ? f.due.date : f.due.to;
  const from = f.snoozedUntil && f.snoozedUntil > from0 ? f.snoozedUntil : from0;
  return { from, to: to0 > from ? to0 : from };
}

/**
 * overdue: its span ended before today; today: today falls in its span (a window that is open now
 * counts as due); upcoming: it starts within `withinDays` after today; later: beyond.
 */
export function bucketOf(f: DueState, today: CalendarDate, withinDays: number): DueBucket {
  const { from, to } = effectiveSpan(f);
  if (to < today) return 'overdue';
  if (from <= today) return 'today';
  if (from <= addCalendarDays(today, withinDays)) return 'upcoming';
  return 'later';
}

/** The horizon date of the upcoming bucket, for queries that fetch only what a bucket needs. */
export function horizon(today: CalendarDate, withinDays: number): CalendarDate {
  return addCalendarDays(today, withinDays);
}

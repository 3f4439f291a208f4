/**
 * The figures of a bilateral relation ("where are we with Mali and Russia?") as pure functions
 * of the shared events, their follow-ups and an injected "today": no clock is read here.
 */
import type { CountryCode } from './countries.ts';
import { type CalendarDate, daysBetween } from './dates.ts';
import { bucketOf, type DueState } from './due.ts';
import type { EventSummary, FollowUp, Organisation, Person } from './records.ts';
import type { EventKind, FollowUpStatus } from './taxonomy.ts';

/** One side of a relation: a country, or an organisation (AES, CEDEAO, ONU…). */
export type SideRef = { kind: 'country'; code: CountryCode } | { kind: 'organisation'; id: string };
export type Side = { kind: 'country'; code: CountryCode; en: string; fr: string } | { kind: 'organisation'; organisation: Organisation };

export interface QuarterCount {
  /** `2025-Q2` */
  quarter: string;
  count: number;
}

/** What became of a follow-up promised at a shared event, seen from `at`. */
export type FollowUpOutcome = 'delivered' | 'open' | 'overdue' | 'dropped' | 'doneUnlinked';

export interface FollowUpTally {
  delivered: number;
  open: number;
  overdue: number;
  dropped: number;
}

export interface SidePerson {
  person: Person;
  /** Shared events this person took part in. */
  events: number;
}

export interface Bilateral {
  a: Side;
  b: Side;
  at: CalendarDate;
  events: number;
  byKind: Partial<Record<EventKind, number>>;
  /** Where the shared events took place: in a's country, in b's, or elsewhere (or unknown). */
  hostedIn: { a: number; b: number; elsewhere: number };
  perQuarter: QuarterCount[];
  longestGapDays: number | null;
  daysSinceLast: number | null;
  followUps: FollowUpTally;
  deliveryRate: number | null;
  /** The follow-ups behind the tally, each with its outcome, by due date. */
  followUpItems: (FollowUp & { outcome: FollowUpOutcome })[];
  people: { a: SidePerson[]; b: SidePerson[] };
  /** The latest shared events, newest first, at most TIMELINE_LIMIT. */
  timeline: EventSummary[];
}

export const TIMELINE_LIMIT = 200;

export function quarterOf(date: CalendarDate): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

function nextQuarter(q: string): string {
  const y = Number(q.slice(0, 4));
  const n = Number(q.slice(6));
  return n === 4 ? `${y + 1}-Q1` : `${y}-Q${n + 1}`;
}

/**
 * Events per quarter from the first shared event's quarter to the later of the last event's and
 * `at`'s, empty quarters included: a cadence chart must show the silences, the recent one too.
 */
export function perQuarter(dates: readonly CalendarDate[], at: CalendarDate): QuarterCount[] {
  if (dates.length === 0) return [];
  const counts = new Map<string, number>();
  for (const d of dates) counts.set(quarterOf(d), (counts.get(quarterOf(d)) ?? 0) + 1);
  const sorted = [...dates].sort();
  const first = quarterOf(sorted[0]!);
  const lastEvent = quarterOf(sorted[sorted.length - 1]!);
  const last = quarterOf(at) > lastEvent ? quarterOf(at) : lastEvent;
  const out: QuarterCount[] = [];
  for (let q = first; q <= last; q = nextQuarter(q)) out.push({ quarter: q, count: counts.get(q) ?? 0 });
  return out;
}

/**
 * The longest silence between two consecutive contacts, in days; null with fewer than two.
 * Imprecise events count from the first day of their month or year, as they are stored.
 */
export function longestGapDays(dates: readonly CalendarDate[]): number | null {
  if (dates.length < 2) return null;
  const sorted = [...dates].sort();
  let longest = 0;
  for (let i = 1; i < sorted.length; i++) longest = Math.max(longest, daysBetween(sorted[i - 1]!, sorted[i]!));
  return longest;
}

/** Days from the last contact on or before `at` to `at`; events logged for later days do not count. Null when none. */
export function daysSinceLast(dates: readonly CalendarDate[], at: CalendarDate): number | null {
  let last: CalendarDate | null = null;
  for (const d of dates) if (d <= at && (last === null || d > last)) last = d;
  return last === null ? null : daysBetween(last, at);
}

export interface OutcomeInput extends DueState {
  status: FollowUpStatus;
  doneByEventId: string | null;
}

/**
 * delivered: done, and the event that fulfilled it is named (the proof); dropped: cancelled;
 * overdue: still open after its window (or day, pushed back by a snooze) ended before `at`;
 * open: still open otherwise. A follow-up marked done without naming an event is `doneUnlinked`:
 * counted in none of the four, since nothing shows it was delivered.
 */
export function outcomeOf(f: OutcomeInput, at: CalendarDate): FollowUpOutcome {
  if (f.status === 'cancelled') return 'dropped';
  if (f.status === 'done') return f.doneByEventId ? 'delivered' : 'doneUnlinked';
  return bucketOf(f, at, 0) === 'overdue' ? 'overdue' : 'open';
}

export function tally(outcomes: readonly FollowUpOutcome[]): FollowUpTally {
  const t: FollowUpTally = { delivered: 0, open: 0, overdue: 0, dropped: 0 };
  for (const o of outcomes) if (o !== 'doneUnlinked') t[o]++;
  return t;
}

/**
 * Delivery rate = delivered / (delivered + overdue + dropped): of the promises whose time has
 * come, the share kept. Open follow-ups still within their window are not yet a verdict either
 * way, so they stay out. Null when no promise has come due, rather than a misleading 0 or 100 %.
 */
export function deliveryRate(t: FollowUpTally): number | null {
  const judged = t.delivered + t.overdue + t.dropped;
  return judged === 0 ? null : t.delivered / judged;
}

export function countByKind(kinds: readonly EventKind[]): Partial<Record<EventKind, number>> {
  const out: Partial<Record<EventKind, number>> = {};
  for (const k of kinds) out[k] = (out[k] ?? 0) + 1;
  return out;
}

export function sameSide(a: SideRef, b: SideRef): boolean {
  return a.kind === 'country' ? b.kind === 'country' && a.code === b.code : b.kind === 'organisation' && a.id === b.id;
}

/**
 * Which side a participant stands on. People carry a country, not an organisation: a person is
 * on a country side when that is their country; with one country and one organisation, everyone
 * else is on the organisation's side; between two organisations nobody can be placed.
 */
export function sideOf(person: Person, a: SideRef, b: SideRef): 'a' | 'b' | null {
  if (a.kind === 'country' && person.country === a.code) return 'a';
  if (b.kind === 'country' && person.country === b.code) return 'b';
  if (a.kind === 'organisation' && b.kind === 'country') return 'a';
  if (b.kind === 'organisation' && a.kind === 'country') return 'b';
  return null;
}

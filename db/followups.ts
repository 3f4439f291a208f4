import type { Statement } from 'better-sqlite3';
import { horizon } from '../core/due.ts';
import { ApiError } from '../core/errors.ts';
import { LIMITS } from '../core/limits.ts';
import type { Due, FollowUp, Reminders } from '../core/records.ts';
import type { PlaceInput } from '../core/schemas.ts';
import type { FollowUpStatus } from '../core/taxonomy.ts';
import { type Ctx, insertRow, sql, timestamp } from './context.ts';
import { resolvePlace } from './places.ts';
import type { IndexParts } from './search-index.ts';

/** A follow-up as the API answers it, built by SQL over `follow_ups f`, its event `e` and its place `fp`. */
const FOLLOW_UP_JSON = `json_object(
  'id', f.id, 'eventId', f.event_id, 'eventTitle', e.title, 'eventDate', e.date, 'title', f.title,
  'wording', f.wording, 'notes', f.notes, 'status', f.status, 'snoozedUntil', f.snoozed_until,
  'doneByEventId', f.done_by_event_id, 'doneAt', f.done_at, 'createdAt', f.created_at, 'updatedAt', f.updated_at,
  'due', CASE f.due_kind WHEN 'date' THEN json_object('kind', 'date', 'date', f.due_from)
         ELSE json_object('kind', 'window', 'from', f.due_from, 'to', f.due_to) END,
  'place', CASE WHEN fp.id IS NOT NULL THEN json_object('id', fp.id, 'name', fp.name, 'country', fp.country) END)`;

/** Follow-ups read from `source` (the table, or one of its indexes), one JSON text each. */
const selectFrom = (source: string) =>
  `SELECT ${FOLLOW_UP_JSON} FROM ${source} JOIN events e ON e.id = f.event_id LEFT JOIN places fp ON fp.id = f.place_id`;
const SELECT = selectFrom('follow_ups f');

function readFollowUps(stmt: Statement, params: unknown): FollowUp[] {
  return (stmt.pluck().all(params) as string[]).map((json) => JSON.parse(json) as FollowUp);
}

export function getFollowUp(ctx: Ctx, id: string): FollowUp | undefined {
  const json = sql(ctx.db, `${SELECT} WHERE f.id = ?`).pluck().get(id) as string | undefined;
  return json === undefined ? undefined : (JSON.parse(json) as FollowUp);
}

export function followUpExists(ctx: Ctx, id: string): boolean {
  return sql(ctx.db, 'SELECT 1 FROM follow_ups WHERE id = ?').get(id) !== undefined;
}

export function requireFollowUp(ctx: Ctx, id: string): FollowUp {
  const f = getFollowUp(ctx, id);
  if (!f) throw ApiError.notFound('follow-up', id);
  return f;
}

/** An event's follow-ups as one JSON array by due date, for a statement over `events e`. */
export const FOLLOW_UPS_JSON = `(
  SELECT json_group_array(${FOLLOW_UP_JSON} ORDER BY f.due_from, f.id)
  FROM follow_ups f LEFT JOIN places fp ON fp.id = f.place_id WHERE f.event_id = e.id)`;

export interface NewFollowUp {
  id?: string | undefined;
  title: string;
  due: Due;
  wording?: string | undefined;
  place?: PlaceInput | undefined;
  notes?: string | undefined;
  status?: FollowUpStatus;
  snoozedUntil?: string | undefined;
  doneByEventId?: string | undefined;
  doneAt?: string | undefined;
  createdAt?: string;
  updatedAt?: string;
}

function dueColumns(due: Due): [string, string, string] {
  return due.kind === 'date' ? ['date', due.date, due.date] : ['window', due.from, due.to];
}

/** Inserts a follow-up; `indexed`, when given, receives what the event's index row says of it. */
export function insertFollowUp(ctx: Ctx, eventId: string, f: NewFollowUp, indexed?: IndexParts['followUps']): string {
  const id = f.id ?? ctx.newId();
  const now = timestamp(ctx);
  const place = f.place ? resolvePlace(ctx, f.place) : null;
  insertRow(ctx, `INSERT INTO follow_ups (id, event_id, title, due_kind, due_from, due_to, wording, place_id, notes, status, snoozed_until, done_by_event_id, done_at, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
    id, eventId, f.title, ...dueColumns(f.due), f.wording || null, place?.id ?? null, f.notes ?? '',
    f.status ?? 'open', f.snoozedUntil ?? null, f.doneByEventId ?? null, f.doneAt ?? null, f.createdAt ?? now, f.updatedAt ?? now,
  ]);
  indexed?.push({ title: f.title, wording: f.wording || null, place: place?.name ?? null });
  return id;
}

/** Writes the changed fields of a follow-up; the caller records history and reindexes. */
export function writeFollowUp(ctx: Ctx, id: string, next: FollowUp): void {
  sql(ctx.db, `UPDATE follow_ups SET title = ?, due_kind = ?, due_from = ?, due_to = ?, wording = ?, place_id = ?, notes = ?, status = ?,
    snoozed_until = ?, done_by_event_id = ?, done_at = ?, updated_at = ? WHERE id = ?`).run(
    next.title, ...dueColumns(next.due), next.wording, next.place?.id ?? null, next.notes, next.status,
    next.snoozedUntil, next.doneByEventId, next.doneAt, timestamp(ctx), id,
  );
}

export function listFollowUps(ctx: Ctx, q: { status?: FollowUpStatus | undefined; eventId?: string | undefined; limit: number; offset: number }): { items: FollowUp[]; total: number } {
  const where = 'WHERE (@status IS NULL OR f.status = @status) AND (@eventId IS NULL OR f.event_id = @eventId)';
  const params = { status: q.status ?? null, eventId: q.eventId ?? null };
  const items = readFollowUps(sql(ctx.db, `${SELECT} ${where} ORDER BY f.due_from, f.id LIMIT @limit OFFSET @offset`), { ...params, limit: q.limit, offset: q.offset });
  const total = sql<{ n: number }>(ctx.db, `SELECT count(*) AS n FROM follow_ups f ${where}`).get(params)!.n;
  return { items, total };
}

const LATER_SHOWN = 50;

// The SQL reading of core/due.ts's effectiveSpan: a snooze pushes the start, and the end with it.
// Word for word the expressions of the indexes in db/migrations/004 (SQLite matches them by shape).
const EFF_FROM = "max(f.due_from, ifnull(f.snoozed_until, ''))";
const EFF_TO = `max(f.due_to, ${EFF_FROM})`;
const OPEN = "f.status = 'open'";
/** Open follow-ups by effective start (and id), and by effective end (with the start alongside, for counts). */
const BY_FROM = 'follow_ups f INDEXED BY follow_ups_open_from';
/** Open follow-ups by due date and id (migration 005): the overdue order itself, no sort of each date's ties. */
const BY_DUE = 'follow_ups f INDEXED BY follow_ups_open_due';
const BY_TO = 'follow_ups f INDEXED BY follow_ups_open_to';

/**
 * Each bucket reads only the follow-ups it returns: overdue walks the open-by-due index oldest first
 * and stops at its cap; today is a range of effective ends, upcoming and later of effective starts.
 * INDEXED BY keeps the plans from depending on whether the store was ever ANALYZEd.
 */
const BUCKET_SQL = {
  overdue: `${selectFrom(BY_DUE)} WHERE ${OPEN} AND f.due_from < @at AND ${EFF_TO} < @at ORDER BY f.due_from, f.id LIMIT @limit`,
  today: `${selectFrom(BY_TO)} WHERE ${OPEN} AND ${EFF_TO} >= @at AND ${EFF_FROM} <= @at ORDER BY f.due_from, f.id LIMIT @limit`,
  upcoming: `${selectFrom(BY_FROM)} WHERE ${OPEN} AND ${EFF_FROM} > @at AND ${EFF_FROM} <= @h ORDER BY f.due_from, f.id LIMIT @limit`,
  later: `${selectFrom(BY_FROM)} WHERE ${OPEN} AND ${EFF_FROM} > @h ORDER BY ${EFF_FROM}, f.id LIMIT min(@limit, ${LATER_SHOWN})`,
};
/** Full counts, each a range count on one of the two indexes (never a pass over every open follow-up). */
const COUNTS_SQL = `
  SELECT (SELECT count(*) FROM ${BY_TO} WHERE ${OPEN} AND ${EFF_TO} < @at) AS overdue,
         (SELECT count(*) FROM ${BY_TO} WHERE ${OPEN} AND ${EFF_TO} >= @at AND ${EFF_FROM} <= @at) AS today,
         (SELECT count(*) FROM ${BY_FROM} WHERE ${OPEN} AND ${EFF_FROM} > @at AND ${EFF_FROM} <= @h) AS upcoming,
         (SELECT count(*) FROM ${BY_FROM} WHERE ${OPEN} AND ${EFF_FROM} > @h) AS later`;
const NEXT_SQL = `SELECT min(${EFF_FROM}) FROM ${BY_FROM} WHERE ${OPEN} AND ${EFF_FROM} > @at`;

/**
 * The reminders for a day: each bucket and each count read by its own bounded query on the
 * effective-span indexes, so the cost follows what is due, not how many follow-ups are open.
 * core/due.ts's bucketOf is the rule; the SQL mirrors it (the tests hold the two together).
 * `limit` lists fewer per bucket: the timeline shows five and a count, and at 100,000 events
 * reading the 1,200 follow-ups of 90 days cost ~20 ms, nearly all of it building them.
 */
export function dueReminders(ctx: Ctx, at: string, withinDays: number, limit: number = LIMITS.remindersBucket): Reminders {
  const bound = { at, h: horizon(at, withinDays) };
  const read = (text: string) => readFollowUps(sql(ctx.db, text), { ...bound, limit });
  return {
    at,
    overdue: read(BUCKET_SQL.overdue),
    today: read(BUCKET_SQL.today),
    upcoming: read(BUCKET_SQL.upcoming),
    later: read(BUCKET_SQL.later),
    nextDueDate: (sql(ctx.db, NEXT_SQL).pluck().get(bound) as string | null) ?? null,
    counts: sql<Reminders['counts']>(ctx.db, COUNTS_SQL).get(bound)!,
  };
}

/** The other events' follow-ups this event is named as having fulfilled. */
export function followUpsFulfilledBy(ctx: Ctx, eventId: string): string[] {
  return sql(ctx.db, 'SELECT id FROM follow_ups WHERE done_by_event_id = ? AND event_id <> ? ORDER BY id').pluck().all(eventId, eventId) as string[];
}

/**
 * Names the event again as what fulfilled these follow-ups, after an undo brought it back.
 * Only where the follow-up is still done and names nothing else: a change made since wins.
 */
export function relinkFulfilled(ctx: Ctx, eventId: string, followUpIds: readonly string[]): void {
  const relink = sql(ctx.db, "UPDATE follow_ups SET done_by_event_id = ? WHERE id = ? AND status = 'done' AND done_by_event_id IS NULL");
  for (const id of followUpIds) relink.run(eventId, id);
}

import { bucketOf, effectiveSpan, horizon } from '../core/due.ts';
import { ApiError } from '../core/errors.ts';
import type { Due, FollowUp, Reminders } from '../core/records.ts';
import type { PlaceInput } from '../core/schemas.ts';
import type { FollowUpStatus } from '../core/taxonomy.ts';
import { type Ctx, sql, timestamp } from './context.ts';
import { ensurePlace, getPlace } from './places.ts';

interface Row {
  id: string; eventId: string; eventTitle: string; eventDate: string; title: string;
  dueKind: 'date' | 'window'; dueFrom: string; dueTo: string; wording: string | null; placeId: string | null;
  notes: string; status: FollowUpStatus; snoozedUntil: string | null; doneByEventId: string | null; doneAt: string | null;
  createdAt: string; updatedAt: string;
}

const SELECT = `
  SELECT f.id, f.event_id AS eventId, e.title AS eventTitle, e.date AS eventDate, f.title, f.due_kind AS dueKind,
    f.due_from AS dueFrom, f.due_to AS dueTo, f.wording, f.place_id AS placeId, f.notes, f.status,
    f.snoozed_until AS snoozedUntil, f.done_by_event_id AS doneByEventId, f.done_at AS doneAt,
    f.created_at AS createdAt, f.updated_at AS updatedAt
  FROM follow_ups f JOIN events e ON e.id = f.event_id`;

function toFollowUp(ctx: Ctx, r: Row): FollowUp {
  const due: Due = r.dueKind === 'date' ? { kind: 'date', date: r.dueFrom } : { kind: 'window', from: r.dueFrom, to: r.dueTo };
  const { dueKind: _k, dueFrom: _f, dueTo: _t, placeId, ...rest } = r;
  return { ...rest, due, place: getPlace(ctx, placeId) };
}

export function getFollowUp(ctx: Ctx, id: string): FollowUp | undefined {
  const row = sql<Row>(ctx.db, `${SELECT} WHERE f.id = ?`).get(id);
  return row && toFollowUp(ctx, row);
}

export function requireFollowUp(ctx: Ctx, id: string): FollowUp {
  const f = getFollowUp(ctx, id);
  if (!f) throw ApiError.notFound('follow-up', id);
  return f;
}

export function followUpsOfEvent(ctx: Ctx, eventId: string): FollowUp[] {
  return sql<Row>(ctx.db, `${SELECT} WHERE f.event_id = ? ORDER BY f.due_from, f.id`).all(eventId).map((r) => toFollowUp(ctx, r));
}

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

export function insertFollowUp(ctx: Ctx, eventId: string, f: NewFollowUp): string {
  const id = f.id ?? ctx.newId();
  const now = timestamp(ctx);
  sql(ctx.db, `INSERT INTO follow_ups (id, event_id, title, due_kind, due_from, due_to, wording, place_id, notes, status, snoozed_until, done_by_event_id, done_at, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    id, eventId, f.title, ...dueColumns(f.due), f.wording || null, f.place ? ensurePlace(ctx, f.place) : null, f.notes ?? '',
    f.status ?? 'open', f.snoozedUntil ?? null, f.doneByEventId ?? null, f.doneAt ?? null, f.createdAt ?? now, f.updatedAt ?? now,
  );
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
  const rows = sql<Row>(ctx.db, `${SELECT} ${where} ORDER BY f.due_from, f.id LIMIT @limit OFFSET @offset`).all({ ...params, limit: q.limit, offset: q.offset });
  const total = sql<{ n: number }>(ctx.db, `SELECT count(*) AS n FROM follow_ups f ${where}`).get(params)!.n;
  return { items: rows.map((r) => toFollowUp(ctx, r)), total };
}

const BUCKET_CAP = 500;

/**
 * The reminders for a day. Only open follow-ups whose (snoozed) start is on or before the
 * horizon are read in full; "later" is the next few beyond it, so the cost stays flat as
 * the store grows.
 */
export function dueReminders(ctx: Ctx, at: string, withinDays: number): Reminders {
  const h = horizon(at, withinDays);
  const near = sql<Row>(ctx.db, `${SELECT} WHERE f.status = 'open' AND f.due_from <= @h AND (f.snoozed_until IS NULL OR f.snoozed_until <= @h) ORDER BY f.due_from, f.id`).all({ h });
  const later = sql<Row>(ctx.db, `${SELECT} WHERE f.status = 'open' AND max(f.due_from, ifnull(f.snoozed_until, '')) > @h ORDER BY max(f.due_from, ifnull(f.snoozed_until, '')), f.id LIMIT 50`).all({ h });
  const out: Reminders = { at, overdue: [], today: [], upcoming: [], later: later.map((r) => toFollowUp(ctx, r)), nextDueDate: null, counts: { overdue: 0, today: 0, upcoming: 0, later: 0 } };
  out.counts.later = sql<{ n: number }>(ctx.db, "SELECT count(*) AS n FROM follow_ups f WHERE f.status = 'open' AND max(f.due_from, ifnull(f.snoozed_until, '')) > @h").get({ h })!.n;
  for (const r of near) {
    const f = toFollowUp(ctx, r);
    const bucket = bucketOf(f, at, withinDays);
    out.counts[bucket]++;
    if (out[bucket].length < BUCKET_CAP) out[bucket].push(f);
  }
  const starts = [...out.upcoming, ...out.later].map((f) => effectiveSpan(f).from).filter((d) => d > at).sort();
  out.nextDueDate = starts[0] ?? null;
  return out;
}

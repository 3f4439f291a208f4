/** The rows a bilateral view is computed from: the events both sides are linked to, and what hangs off them. */
import type { EventSummary, FollowUp, Person } from '../core/records.ts';
import type { SideRef } from '../core/relations.ts';
import type { EventKind } from '../core/taxonomy.ts';
import { type Ctx, sql } from './context.ts';
import { getFollowUp } from './followups.ts';
import { SUMMARY_COLUMNS, SUMMARY_FROM, type SummaryRow, toSummary } from './summaries.ts';

// A side is a country (event_countries) or an organisation (event_organisations); the unused
// parameter is null, so its branch matches nothing yet both branches stay on their indexes.
const SIDE_A = 'SELECT event_seq FROM event_countries WHERE country = @aCountry UNION SELECT event_seq FROM event_organisations WHERE organisation_id = @aOrg';
const SIDE_B = 'SELECT event_seq FROM event_countries WHERE country = @bCountry UNION SELECT event_seq FROM event_organisations WHERE organisation_id = @bOrg';
const SHARED = `SELECT event_seq FROM (${SIDE_A}) INTERSECT SELECT event_seq FROM (${SIDE_B})`;

const SHARED_EVENTS = `
  SELECT e.seq, e.id, e.kind, e.date, pl.country AS placeCountry
  FROM events e LEFT JOIN places pl ON pl.id = e.place_id
  WHERE e.seq IN (${SHARED}) ORDER BY e.date, e.precision_rank, e.seq`;

const TIMELINE = `
  SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM}
  WHERE e.seq IN (${SHARED})
  ORDER BY e.date DESC, e.precision_rank DESC, e.seq DESC LIMIT @limit`;

const FOLLOW_UP_IDS = `
  SELECT f.id FROM follow_ups f JOIN events e ON e.id = f.event_id
  WHERE e.seq IN (${SHARED}) ORDER BY f.due_from, f.id`;

const PARTICIPANTS = `
  SELECT p.id, p.name, p.title, p.country, count(*) AS events
  FROM participants pa JOIN people p ON p.id = pa.person_id
  WHERE pa.event_seq IN (${SHARED})
  GROUP BY p.id ORDER BY events DESC, p.name`;

export interface SharedEvent {
  seq: number;
  id: string;
  kind: EventKind;
  date: string;
  placeCountry: string | null;
}

function params(a: SideRef, b: SideRef) {
  return {
    aCountry: a.kind === 'country' ? a.code : null,
    aOrg: a.kind === 'organisation' ? a.id : null,
    bCountry: b.kind === 'country' ? b.code : null,
    bOrg: b.kind === 'organisation' ? b.id : null,
  };
}

export function sharedEvents(ctx: Ctx, a: SideRef, b: SideRef): SharedEvent[] {
  return sql<SharedEvent>(ctx.db, SHARED_EVENTS).all(params(a, b));
}

export function sharedTimeline(ctx: Ctx, a: SideRef, b: SideRef, limit: number): EventSummary[] {
  return sql<SummaryRow>(ctx.db, TIMELINE).all({ ...params(a, b), limit }).map(toSummary);
}

/** Every follow-up promised at a shared event, by due date. */
export function sharedFollowUps(ctx: Ctx, a: SideRef, b: SideRef): FollowUp[] {
  const ids = sql(ctx.db, FOLLOW_UP_IDS).pluck().all(params(a, b)) as string[];
  return ids.map((id) => getFollowUp(ctx, id)!);
}

/** Everyone who took part in a shared event, with how many, most present first. */
export function sharedParticipants(ctx: Ctx, a: SideRef, b: SideRef): (Person & { events: number })[] {
  return sql<Person & { events: number }>(ctx.db, PARTICIPANTS).all(params(a, b));
}

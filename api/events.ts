import { normaliseDate } from '../core/dates.ts';
import { ApiError } from '../core/errors.ts';
import type { EventPatch } from '../core/schemas.ts';
import { type EventBody, bodyOf, bodyOfEvent, eventExists, deleteEventRow, getEvent, insertEvent, seqOf, updateEventRow } from '../db/events.ts';
import { density, listEvents } from '../db/timeline.ts';
import { facets } from '../db/facets.ts';
import { filterParams } from '../db/filters.ts';
import { followUpsFulfilledBy, insertFollowUp, relinkFulfilled } from '../db/followups.ts';
import { historyOf, record } from '../db/history.ts';
import { type IndexParts, insertIndexRow } from '../db/search-index.ts';
import { exportEvent } from './export.ts';
import { newFollowUp } from './followup-input.ts';
import { importEventEntry } from './import.ts';
import type { HandlerMap } from './types.ts';
import type { ParsedInput } from '../core/contract.ts';
import { type Ctx, writeInChunks } from '../db/context.ts';

/** Applies a patch to a stored event's body, re-checking the date rules the schema checks on create. */
function patched(current: EventBody, p: EventPatch): EventBody {
  const next: EventBody = { ...current };
  for (const key of ['title', 'kind', 'countries', 'organisations', 'people', 'topics', 'summary', 'sourceText', 'sources'] as const) {
    if (p[key] !== undefined) Object.assign(next, { [key]: p[key] });
  }
  if (p.place !== undefined) next.place = p.place;
  if (p.endDate !== undefined) next.endDate = p.endDate;
  if (p.date !== undefined || p.precision !== undefined) {
    const n = normaliseDate(p.date ?? current.date, p.precision ?? (p.date !== undefined ? undefined : current.precision));
    if ('problem' in n) throw ApiError.invalid('date', n.problem);
    next.date = n.date;
    next.precision = n.precision;
  }
  if (next.endDate !== null && next.endDate < next.date) throw ApiError.invalid('endDate', `${next.endDate} is before the start date ${next.date}`);
  return next;
}

/**
 * Writes a new event with its follow-ups and index row. History keeps what was logged (the
 * parsed input) rather than re-reading the event: a bulk import writes thousands of these.
 */
export function createEvent(ctx: Ctx, input: ParsedInput<'events.create'>, field = ''): string {
  const prefix = field ? `${field}.` : '';
  if (input.id && eventExists(ctx, input.id)) throw ApiError.invalid(`${prefix}id`, `an event with id ${input.id} already exists`);
  const { id, seq, parts } = insertEvent(ctx, bodyOf(input), { id: input.id });
  // The index row is built from what was just written, not read back from the tables.
  const followUps: IndexParts['followUps'] = [];
  input.followUps.forEach((f, i) => insertFollowUp(ctx, id, newFollowUp(f, input.date, `${prefix}followUps[${i}]`), followUps));
  insertIndexRow(ctx, seq, { ...parts, followUps });
  record(ctx, 'event', id, 'create', null, { ...input, id });
  return id;
}

export const eventHandlers: HandlerMap<
  'events.create' | 'events.createMany' | 'events.update' | 'events.delete' | 'events.restore' | 'events.get' | 'events.list' | 'events.density' | 'events.facets' | 'events.history'
> = {
  'events.create': (input, { ctx }) => getEvent(ctx, createEvent(ctx, input)),
  'events.createMany': (input, { ctx }) => {
    const ids: string[] = [];
    writeInChunks(ctx, input.events.length, (i) => ids.push(createEvent(ctx, input.events[i]!, `events[${i}]`)));
    return { ids };
  },
  'events.update': (input, { ctx }) => {
    const before = getEvent(ctx, input.id);
    updateEventRow(ctx, seqOf(ctx, input.id), patched(bodyOfEvent(before), input));
    const after = getEvent(ctx, input.id);
    record(ctx, 'event', input.id, 'update', before, after);
    return after;
  },
  'events.delete': (input, { ctx }) => {
    // The follow-ups it fulfilled lose their link with it (ON DELETE SET NULL); the answer keeps them for undo.
    const fulfilled = followUpsFulfilledBy(ctx, input.id);
    const snapshot = { ...exportEvent(ctx, input.id), ...(fulfilled.length ? { fulfilled } : {}) };
    deleteEventRow(ctx, seqOf(ctx, input.id));
    record(ctx, 'event', input.id, 'delete', snapshot, null);
    return snapshot;
  },
  'events.restore': (input, { ctx }) => {
    ctx.db.pragma('defer_foreign_keys = ON');
    const { fulfilled = [], ...entry } = input;
    const id = importEventEntry(ctx, entry, '');
    relinkFulfilled(ctx, id, fulfilled);
    const event = getEvent(ctx, id);
    record(ctx, 'event', id, 'restore', null, event);
    return event;
  },
  'events.get': (input, { ctx }) => getEvent(ctx, input.id),
  'events.list': (input, { ctx }) => listEvents(ctx, input),
  'events.density': (input, { ctx }) => density(ctx, input.filters, input.before),
  'events.facets': (input, { ctx }) => facets(ctx, filterParams(input.filters)),
  'events.history': (input, { ctx }) => {
    // A deleted event keeps its history; only an id never seen is an error.
    const entries = historyOf(ctx, input.id);
    if (entries.length === 0) seqOf(ctx, input.id);
    return entries;
  },
};

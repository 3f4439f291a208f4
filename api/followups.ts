import { ApiError } from '../core/errors.ts';
import type { FollowUp } from '../core/records.ts';
import type { Ctx } from '../db/context.ts';
import { eventExists, getEvent, seqOf } from '../db/events.ts';
import { getFollowUp, insertFollowUp, listFollowUps, requireFollowUp, writeFollowUp } from '../db/followups.ts';
import { historyOf, record } from '../db/history.ts';
import { ensurePlace, getPlace } from '../db/places.ts';
import { indexEvent } from '../db/search.ts';
import type { HistoryAction } from '../core/records.ts';
import { dueFrom } from './followup-input.ts';
import type { HandlerMap } from './types.ts';
import { calendarDateOf } from '../core/dates.ts';

/** Every follow-up change goes through here: write, reindex its event, record before/after. */
function change(ctx: Ctx, id: string, action: HistoryAction, edit: (f: FollowUp) => FollowUp): FollowUp {
  const before = requireFollowUp(ctx, id);
  writeFollowUp(ctx, id, edit({ ...before }));
  indexEvent(ctx, seqOf(ctx, before.eventId));
  const after = getFollowUp(ctx, id)!;
  record(ctx, 'followUp', id, action, before, after);
  return after;
}

function requireOpen(f: FollowUp, action: string): void {
  if (f.status !== 'open') throw ApiError.invalid('id', `this follow-up is ${f.status}; only an open follow-up can be ${action}`);
}

export const followUpHandlers: HandlerMap<
  'followUps.create' | 'followUps.update' | 'followUps.complete' | 'followUps.cancel' | 'followUps.reopen' | 'followUps.snooze' | 'followUps.reschedule' | 'followUps.get' | 'followUps.list' | 'followUps.history'
> = {
  'followUps.create': (input, { ctx }) => {
    const event = getEvent(ctx, input.eventId);
    const id = insertFollowUp(ctx, event.id, { title: input.title, due: dueFrom(input, event.date, ''), wording: input.wording, place: input.place, notes: input.notes });
    indexEvent(ctx, seqOf(ctx, event.id));
    const created = getFollowUp(ctx, id)!;
    record(ctx, 'followUp', id, 'create', null, created);
    return created;
  },
  'followUps.update': (input, { ctx }) =>
    change(ctx, input.id, 'update', (f) => ({
      ...f,
      title: input.title ?? f.title,
      wording: input.wording === undefined ? f.wording : input.wording || null,
      notes: input.notes ?? f.notes,
      place: input.place === undefined ? f.place : input.place === null ? null : getPlace(ctx, ensurePlace(ctx, input.place)),
    })),
  'followUps.complete': (input, { ctx }) =>
    change(ctx, input.id, 'complete', (f) => {
      requireOpen(f, 'marked done');
      if (input.doneByEventId !== undefined) {
        if (!eventExists(ctx, input.doneByEventId)) throw ApiError.invalid('doneByEventId', `no event with id ${input.doneByEventId}`);
        if (input.doneByEventId === f.eventId) throw ApiError.invalid('doneByEventId', 'a follow-up cannot be fulfilled by the event that promised it');
      }
      return { ...f, status: 'done', doneByEventId: input.doneByEventId ?? null, doneAt: input.at ?? calendarDateOf(ctx.now()), snoozedUntil: null };
    }),
  'followUps.cancel': (input, { ctx }) =>
    change(ctx, input.id, 'cancel', (f) => {
      requireOpen(f, 'cancelled');
      return { ...f, status: 'cancelled', snoozedUntil: null };
    }),
  'followUps.reopen': (input, { ctx }) =>
    change(ctx, input.id, 'reopen', (f) => {
      if (f.status === 'open') throw ApiError.invalid('id', 'this follow-up is already open');
      return { ...f, status: 'open', doneByEventId: null, doneAt: null };
    }),
  'followUps.snooze': (input, { ctx }) =>
    change(ctx, input.id, 'snooze', (f) => {
      requireOpen(f, 'snoozed');
      return { ...f, snoozedUntil: input.until };
    }),
  'followUps.reschedule': (input, { ctx }) =>
    change(ctx, input.id, 'reschedule', (f) => {
      requireOpen(f, 'rescheduled');
      return { ...f, due: dueFrom(input, f.eventDate, ''), wording: input.wording ?? f.wording, snoozedUntil: null };
    }),
  'followUps.get': (input, { ctx }) => requireFollowUp(ctx, input.id),
  'followUps.list': (input, { ctx }) => listFollowUps(ctx, input),
  'followUps.history': (input, { ctx }) => {
    const entries = historyOf(ctx, input.id);
    if (entries.length === 0) requireFollowUp(ctx, input.id);
    return entries;
  },
};

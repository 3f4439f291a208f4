/**
 * Exports for other programs: CSV for spreadsheets, iCalendar for the user's calendar; and the
 * list of automatic backups, so the app can say when the last one was taken.
 */
import { dirname } from 'node:path';
import { toCsv } from '../core/csv.ts';
import { followUpToIcs, toIcs } from '../core/ics.ts';
import type { Event, FollowUp } from '../core/records.ts';
import { backupsDir, listBackups } from '../db/backup.ts';
import { type Ctx, timestamp } from '../db/context.ts';
import { allEventIds, getEvent } from '../db/events.ts';
import { listFollowUps } from '../db/followups.ts';
import type { HandlerMap } from './types.ts';

const EVENT_COLUMNS = [
  'id', 'date', 'precision', 'endDate', 'title', 'kind', 'place', 'placeCountry', 'countries', 'organisations',
  'people', 'topics', 'summary', 'sources', 'openFollowUps', 'createdAt', 'updatedAt',
];
const FOLLOW_UP_COLUMNS = [
  'id', 'eventId', 'eventDate', 'eventTitle', 'title', 'status', 'dueFrom', 'dueTo', 'wording', 'place', 'placeCountry',
  'snoozedUntil', 'doneAt', 'doneByEventId', 'notes', 'createdAt', 'updatedAt',
];

/** Lists inside one cell are joined by "; " so a spreadsheet filter still finds each item. */
const joined = (items: readonly string[]) => items.join('; ');

function eventRow(e: Event) {
  return [
    e.id, e.date, e.precision, e.endDate, e.title, e.kind, e.place?.name, e.place?.country, joined(e.countries),
    joined(e.organisations.map((o) => o.acronymEn)),
    joined(e.participants.map((p) => `${p.person.name} (${p.role})`)),
    joined(e.topics.map((t) => t.name)),
    e.summary,
    e.sources.map((s) => s.url).join('\n'),
    e.followUps.filter((f) => f.status === 'open').length,
    e.createdAt, e.updatedAt,
  ];
}

function followUpRow(f: FollowUp) {
  const [from, to] = f.due.kind === 'date' ? [f.due.date, f.due.date] : [f.due.from, f.due.to];
  return [
    f.id, f.eventId, f.eventDate, f.eventTitle, f.title, f.status, from, to, f.wording, f.place?.name, f.place?.country,
    f.snoozedUntil, f.doneAt, f.doneByEventId, f.notes, f.createdAt, f.updatedAt,
  ];
}

/** Every event in timeline order, each with its follow-ups. */
function eventsInOrder(ctx: Ctx): Event[] {
  return allEventIds(ctx)
    .map((id) => getEvent(ctx, id))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

export function exportCsv(ctx: Ctx): { events: string; followUps: string } {
  const events = eventsInOrder(ctx);
  return {
    events: toCsv(EVENT_COLUMNS, events.map(eventRow)),
    followUps: toCsv(FOLLOW_UP_COLUMNS, events.flatMap((e) => e.followUps).map(followUpRow)),
  };
}

function openFollowUps(ctx: Ctx): FollowUp[] {
  const all: FollowUp[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = listFollowUps(ctx, { status: 'open', limit: 1000, offset });
    all.push(...page.items);
    if (page.items.length < 1000) return all;
  }
}

export function exportIcs(ctx: Ctx): { ics: string } {
  const places = new Map<string, Event['place']>();
  const placeOf = (eventId: string) => {
    if (!places.has(eventId)) places.set(eventId, getEvent(ctx, eventId).place);
    return places.get(eventId) ?? null;
  };
  const entries = openFollowUps(ctx).map((f) => followUpToIcs(f, { title: f.eventTitle, date: f.eventDate, place: placeOf(f.eventId) }));
  return { ics: toIcs(entries, timestamp(ctx)) };
}

export const formatHandlers: HandlerMap<'data.exportCsv' | 'data.exportIcs' | 'store.backups'> = {
  'data.exportCsv': (_input, { ctx }) => exportCsv(ctx),
  'data.exportIcs': (_input, { ctx }) => exportIcs(ctx),
  'store.backups': (_input, { file }) => {
    const dir = backupsDir(dirname(file));
    return { dir, backups: listBackups(dir) };
  },
};

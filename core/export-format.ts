/**
 * The JSON export: versioned, self-contained, and what `import` accepts. Every id and
 * timestamp is kept, so export → import → export gives the same document.
 */
import { z } from 'zod';
import type { Event, HistoryEntry, Organisation, Person, PersonTitle } from './records.ts';
import { calendarDate, countryCode, eventInput, followUpStatus, id, organisationInput } from './schemas.ts';
import { LIMITS } from './limits.ts';

export const EXPORT_FORMAT = 'chancery-export';
export const EXPORT_VERSION = 1;

const timestamp = z.string({ error: 'must be a timestamp' }).regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, { error: 'must be an ISO timestamp (UTC)' });

const exportFollowUp = z.strictObject({
  id,
  title: z.string({ error: 'must be text' }).min(1, { error: 'must not be empty' }).max(LIMITS.title),
  due: calendarDate.optional(),
  window: z.strictObject({ from: calendarDate, to: calendarDate }).optional(),
  wording: z.string().max(LIMITS.shortText).optional(),
  place: z.strictObject({ name: z.string().min(1).max(LIMITS.name), country: countryCode.optional() }).optional(),
  notes: z.string().max(LIMITS.summary).optional(),
  status: followUpStatus,
  snoozedUntil: calendarDate.optional(),
  doneByEventId: id.optional(),
  doneAt: calendarDate.optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** One event as exported: also what `events.delete` answers and `events.restore` takes back. */
export const exportEventEntry = z.strictObject({
  event: eventInput,
  createdAt: timestamp,
  updatedAt: timestamp,
  followUps: z.array(exportFollowUp).max(LIMITS.listItems),
});

/**
 * A deleted event as `events.delete` answers it, for undo: the export form, plus the other
 * events' follow-ups it had fulfilled (deleting it cleared their done-by link; restoring it sets it back).
 */
export const deletedEvent = exportEventEntry.extend({
  fulfilled: z.array(id).max(LIMITS.listItems).optional(),
});

export const exportFile = z.strictObject({
  format: z.literal(EXPORT_FORMAT, { error: `must be "${EXPORT_FORMAT}"` }),
  version: z.literal(EXPORT_VERSION, { error: `must be ${EXPORT_VERSION}: this file comes from another version of Chancery` }),
  exportedAt: timestamp,
  organisations: z.array(organisationInput.extend({ id })).max(100_000),
  people: z.array(z.strictObject({
    id,
    name: z.string().min(1).max(LIMITS.name),
    title: z.string().max(LIMITS.shortText).nullable(),
    country: countryCode.nullable(),
    // Present only when the person has them, so a store without aliases exports as before.
    aliases: z.array(z.string().min(1).max(LIMITS.name)).max(LIMITS.listItems).optional(),
    titles: z.array(z.strictObject({ title: z.string().min(1).max(LIMITS.shortText), from: calendarDate.nullable(), to: calendarDate.nullable() })).max(LIMITS.listItems).optional(),
  })).max(1_000_000),
  events: z.array(exportEventEntry).max(LIMITS.importEvents),
  history: z.array(
    z.strictObject({
      id,
      recordType: z.enum(['event', 'followUp', 'person', 'organisation']),
      recordId: id,
      action: z.enum(['create', 'update', 'delete', 'restore', 'complete', 'cancel', 'reopen', 'snooze', 'reschedule', 'import']),
      at: timestamp,
      before: z.unknown(),
      after: z.unknown(),
    }),
  ).max(10_000_000),
});

export type ExportFile = z.input<typeof exportFile>;
export type ExportFileParsed = z.output<typeof exportFile>;
export type ExportFollowUp = z.input<typeof exportFollowUp>;

/** The shape written, typed from records so writer and reader agree. */
export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  organisations: Organisation[];
  people: (Person & { aliases?: string[]; titles?: PersonTitle[] })[];
  events: { event: z.input<typeof eventInput>; createdAt: string; updatedAt: string; followUps: ExportFollowUp[] }[];
  history: HistoryEntry[];
}

/** What `events.delete` answers: the event as exported, and the follow-ups it had fulfilled. */
export type DeletedEvent = ExportDocument['events'][number] & { fulfilled?: string[] };

export type { Event };

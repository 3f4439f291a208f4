/**
 * The one contract between the UI and the data. Each method names its input schema here and
 * its result type in `Results`; the handlers, the IPC bridge, the HTTP preview, the CLI and the
 * renderer's client are all typed from this file, so they cannot drift apart.
 */
import type { z } from 'zod';
import type { Envelope } from './errors.ts';
import { deletedEvent, exportFile } from './export-format.ts';
import type { DeletedEvent, ExportDocument } from './export-format.ts';
import type * as R from './records.ts';
import type { Bilateral } from './relations.ts';
import * as S from './schemas.ts';

export const inputs = {
  'events.create': S.eventInput,
  'events.createMany': S.eventBatch,
  'events.update': S.eventPatch,
  'events.delete': S.byId,
  'events.restore': deletedEvent,
  'events.get': S.byId,
  'events.list': S.eventListInput,
  'events.density': S.densityInput,
  'events.facets': S.eventListInput,
  'events.history': S.byId,
  search: S.searchInput,
  'search.facets': S.searchFacetsInput,
  'followUps.create': S.followUpCreate,
  'followUps.update': S.followUpUpdate,
  'followUps.complete': S.followUpComplete,
  'followUps.cancel': S.byId,
  'followUps.reopen': S.byId,
  'followUps.snooze': S.followUpSnooze,
  'followUps.reschedule': S.followUpReschedule,
  'followUps.get': S.byId,
  'followUps.list': S.followUpList,
  'followUps.history': S.byId,
  'reminders.due': S.remindersInput,
  'directory.people': S.directoryQuery,
  'directory.places': S.directoryQuery,
  'directory.countries': S.directoryQuery,
  'directory.organisations': S.directoryQuery,
  'directory.topics': S.directoryQuery,
  'organisations.create': S.organisationInput,
  'organisations.update': S.organisationPatch,
  'people.update': S.personPatch,
  'people.get': S.byId,
  'people.addAlias': S.personAlias,
  'people.removeAlias': S.personAlias,
  'people.setTitles': S.personTitles,
  'people.merge': S.personMerge,
  'relations.bilateral': S.bilateralInput,
  'data.export': S.emptyInput,
  'data.import': exportFile,
  'data.exportCsv': S.emptyInput,
  'data.exportIcs': S.emptyInput,
  'settings.get': S.emptyInput,
  'settings.update': S.settingsPatch,
  'store.info': S.emptyInput,
  'store.backups': S.emptyInput,
} as const satisfies Record<string, z.ZodType>;

export interface Results {
  'events.create': R.Event;
  /** All or nothing: one bad record adds none and is named by its index. */
  'events.createMany': { ids: string[] };
  'events.update': R.Event;
  /** The deleted event whole, in the form `events.restore` takes back: undo. */
  'events.delete': DeletedEvent;
  'events.restore': R.Event;
  'events.get': R.Event;
  /** `total` is null when the caller asked for the page only (`withTotal: false`). */
  'events.list': { items: R.EventSummary[]; total: number | null };
  'events.density': R.Density;
  'events.facets': R.Facets;
  'events.history': R.HistoryEntry[];
  search: R.SearchResult;
  /** Counts over the events `search` ranks for the same query and filters; a call of its own so results show first. */
  'search.facets': R.Facets;
  'followUps.create': R.FollowUp;
  'followUps.update': R.FollowUp;
  'followUps.complete': R.FollowUp;
  'followUps.cancel': R.FollowUp;
  'followUps.reopen': R.FollowUp;
  'followUps.snooze': R.FollowUp;
  'followUps.reschedule': R.FollowUp;
  'followUps.get': R.FollowUp;
  'followUps.list': R.Page<R.FollowUp>;
  'followUps.history': R.HistoryEntry[];
  'reminders.due': R.Reminders;
  'directory.people': R.Person[];
  'directory.places': R.Place[];
  'directory.countries': { code: string; en: string; fr: string }[];
  'directory.organisations': R.Organisation[];
  'directory.topics': R.Topic[];
  'organisations.create': R.Organisation;
  'organisations.update': R.Organisation;
  'people.update': R.Person;
  'people.get': R.PersonProfile;
  'people.addAlias': R.PersonProfile;
  'people.removeAlias': R.PersonProfile;
  'people.setTitles': R.PersonProfile;
  /** Moves every link of `merge` to `keep`, deletes `merge` and answers `keep`'s page. */
  'people.merge': R.PersonProfile;
  'relations.bilateral': Bilateral;
  'data.export': ExportDocument;
  'data.import': R.ImportSummary;
  /** Two CSV texts (RFC 4180, UTF-8 with a BOM): one row per event, one per follow-up. */
  'data.exportCsv': { events: string; followUps: string };
  /** An iCalendar text: one all-day entry per open follow-up. */
  'data.exportIcs': { ics: string };
  'settings.get': R.Settings;
  'settings.update': R.Settings;
  'store.info': R.StoreInfo;
  /** The automatic daily backups beside the store, newest first. */
  'store.backups': { dir: string; backups: { file: string; date: string; bytes: number }[] };
}

export type Method = keyof typeof inputs;
export const METHODS = Object.keys(inputs) as Method[];

/** What a caller passes: the schema's input side (defaults may be omitted). */
export type Input<M extends Method> = z.input<(typeof inputs)[M]>;
/** What a handler receives: parsed, defaulted, normalised. */
export type ParsedInput<M extends Method> = z.output<(typeof inputs)[M]>;
export type Result<M extends Method> = Results[M];

/** Methods that only read: the preview and the CLI may treat them as safe to retry. */
export const READ_ONLY_METHODS: ReadonlySet<Method> = new Set<Method>([
  'events.get', 'events.list', 'events.density', 'events.facets', 'events.history', 'search', 'search.facets',
  'followUps.get', 'followUps.list', 'followUps.history', 'reminders.due',
  'directory.people', 'directory.places', 'directory.countries', 'directory.organisations', 'directory.topics',
  'data.export', 'settings.get', 'store.info',
  'data.exportCsv', 'data.exportIcs', 'store.backups',
  'people.get', 'relations.bilateral',
]);

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.hasOwn(inputs, name);
}

/** The transport-free client every UI and tool holds: one call, typed end to end. */
export interface ApiClient {
  invoke<M extends Method>(method: M, ...input: undefined extends Input<M> ? [Input<M>?] : [Input<M>]): Promise<Result<M>>;
}

/** The raw transport: what the preload exposes and the HTTP preview answers. Never throws for API errors. */
export type Transport = (method: Method, input: unknown) => Promise<Envelope<unknown>>;

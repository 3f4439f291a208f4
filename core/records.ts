/** What the API returns. Plain JSON-safe data, identical over IPC, HTTP and in-process. */
import type { CountryCode } from './countries.ts';
import type { CalendarDate, Precision } from './dates.ts';
import type { EventKind, FollowUpStatus, ParticipantRole } from './taxonomy.ts';
import type { TimelineFilters } from './timeline-filters.ts';

export interface Place {
  id: string;
  name: string;
  country: CountryCode | null;
}

export interface Person {
  id: string;
  name: string;
  title: string | null;
  country: CountryCode | null;
}

export interface Participant {
  person: Person;
  role: ParticipantRole;
  /** The title the person held at this event, as logged. */
  title: string | null;
  /** The title to show for that day: the logged one, else the person's dated title covering the event's date. */
  titleOnDay: string | null;
}

/** A title held over a span; an open end means "since" or "until" as far as is known. */
export interface PersonTitle {
  title: string;
  from: CalendarDate | null;
  to: CalendarDate | null;
}

/** A person's page: every spelling, every title over time, their events and whom they met. */
export interface PersonProfile {
  person: Person;
  aliases: string[];
  titles: PersonTitle[];
  /** Newest first, at most PROFILE_EVENTS_LIMIT; `eventCount` is the full count. */
  events: EventSummary[];
  eventCount: number;
  /** People met at their events who are not from their own country, most often met first. */
  counterparts: { person: Person; events: number }[];
}

export interface Organisation {
  id: string;
  acronymFr: string;
  acronymEn: string;
  nameFr: string;
  nameEn: string;
}

export interface Topic {
  id: string;
  name: string;
}

export interface Source {
  url: string;
  title: string | null;
  publisher: string | null;
  accessed: CalendarDate | null;
}

export type Due = { kind: 'date'; date: CalendarDate } | { kind: 'window'; from: CalendarDate; to: CalendarDate };

export interface FollowUp {
  id: string;
  eventId: string;
  eventTitle: string;
  eventDate: CalendarDate;
  title: string;
  due: Due;
  wording: string | null;
  place: Place | null;
  notes: string;
  status: FollowUpStatus;
  snoozedUntil: CalendarDate | null;
  doneByEventId: string | null;
  doneAt: CalendarDate | null;
  createdAt: string;
  updatedAt: string;
}

export interface Event {
  id: string;
  title: string;
  kind: EventKind;
  date: CalendarDate;
  precision: Precision;
  endDate: CalendarDate | null;
  place: Place | null;
  countries: CountryCode[];
  organisations: Organisation[];
  participants: Participant[];
  topics: Topic[];
  summary: string;
  sourceText: string;
  sources: Source[];
  followUps: FollowUp[];
  createdAt: string;
  updatedAt: string;
}

/** One row of the timeline: enough to draw it, nothing more. */
export interface EventSummary {
  id: string;
  title: string;
  kind: EventKind;
  date: CalendarDate;
  precision: Precision;
  endDate: CalendarDate | null;
  place: string | null;
  countries: CountryCode[];
  people: string[];
  openFollowUps: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface FacetCount {
  value: string;
  label: string;
  count: number;
}

export interface Facets {
  countries: FacetCount[];
  organisations: FacetCount[];
  people: FacetCount[];
  kinds: FacetCount[];
  topics: FacetCount[];
}

/** A piece of a snippet: matched words have `hit` set, so the UI highlights without parsing HTML. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  event: EventSummary;
  snippet: SnippetPart[];
}

/**
 * The matches a search ranks: the newest 1,000 entered (after filters), best first.
 * `total` counts them; `totalCapped` says more events matched than that ("1,000+").
 * The facets that narrow a search come from `search.facets`, over the same events.
 */
export interface SearchResult extends Page<SearchHit> {
  totalCapped: boolean;
}

export interface MonthCount {
  month: string;
  count: number;
}

export interface Density {
  months: MonthCount[];
  total: number;
  /** Only when asked with `before`: how many events come before that day in timeline order. */
  before?: number;
}

export interface Reminders {
  at: CalendarDate;
  overdue: FollowUp[];
  today: FollowUp[];
  upcoming: FollowUp[];
  later: FollowUp[];
  /** The next calendar date on which an open follow-up becomes due, after `at`; null when none. */
  nextDueDate: CalendarDate | null;
  /** Full counts per bucket; the lists are capped for very large stores. */
  counts: { overdue: number; today: number; upcoming: number; later: number };
}

export type HistoryAction = 'create' | 'update' | 'delete' | 'restore' | 'complete' | 'cancel' | 'reopen' | 'snooze' | 'reschedule' | 'import';

export interface HistoryEntry {
  id: string;
  recordType: 'event' | 'followUp' | 'person' | 'organisation';
  recordId: string;
  action: HistoryAction;
  at: string;
  before: unknown;
  after: unknown;
}

export interface Settings {
  language: 'system' | 'fr' | 'en';
  reminderTime: string;
  notifications: boolean;
  /** The timeline's filters, kept between visits; the page is served with them applied. */
  timelineFilters: TimelineFilters;
}

export interface StoreInfo {
  path: string;
  schemaVersion: number;
  sqliteVersion: string;
  events: number;
  followUps: number;
  people: number;
  organisations: number;
}

export interface ImportSummary {
  events: number;
  followUps: number;
  people: number;
  organisations: number;
}

/**
 * The form's own picture of an event: every field as the user types it (strings, never
 * undefined), so it can be autosaved as JSON, compared for "unsaved changes", and turned
 * into the API's input only when saving. The API stays the one judge of validity.
 */
import type { Input } from '../../../core/contract.ts';
import type { Precision } from '../../../core/dates.ts';
import { normaliseDate } from '../../../core/dates.ts';
import type { Event, FollowUp, Organisation } from '../../../core/records.ts';
import type { EventKind, FollowUpStatus, ParticipantRole } from '../../../core/taxonomy.ts';
import { EVENT_KIND_IDS, PARTICIPANT_ROLE_IDS } from '../../../core/taxonomy.ts';

export interface PersonRow {
  key: string;
  /** Set when picked from the directory: the store then links that very person. */
  id?: string;
  name: string;
  title: string;
  country: string;
  role: ParticipantRole;
}

export interface SourceRow {
  key: string;
  url: string;
  title: string;
  publisher: string;
}

export interface FollowUpRow {
  key: string;
  id?: string;
  status: FollowUpStatus;
  title: string;
  mode: 'date' | 'window';
  due: string;
  from: string;
  to: string;
  wording: string;
  place: string;
}

/** An organisation chosen from the directory (ref = its id) or typed new (ref = the name). */
export interface OrganisationChip {
  ref: string;
  org?: Organisation;
}

export interface EventDraft {
  title: string;
  kind: EventKind;
  date: string;
  precision: Precision;
  endDate: string;
  placeName: string;
  placeCountry: string;
  countries: string[];
  organisations: OrganisationChip[];
  people: PersonRow[];
  topics: string[];
  summary: string;
  sourceText: string;
  sources: SourceRow[];
  followUps: FollowUpRow[];
}

export type CreateInput = Input<'events.create'>;
export type PatchInput = Input<'events.update'>;

let counter = 0;
/** Row keys only need to be unique within one page's life; they are never sent. */
export function newKey(): string {
  counter += 1;
  return `k${Date.now().toString(36)}${counter}`;
}

export function emptyDraft(): EventDraft {
  return {
    title: '', kind: 'meeting', date: '', precision: 'day', endDate: '', placeName: '', placeCountry: '',
    countries: [], organisations: [], people: [], topics: [], summary: '', sourceText: '', sources: [], followUps: [],
  };
}

export function emptyPerson(name = ''): PersonRow {
  return { key: newKey(), name, title: '', country: '', role: 'participant' };
}

export function emptySource(): SourceRow {
  return { key: newKey(), url: '', title: '', publisher: '' };
}

export function emptyFollowUp(): FollowUpRow {
  return { key: newKey(), status: 'open', title: '', mode: 'window', due: '', from: '', to: '', wording: '', place: '' };
}

export function followUpRow(f: FollowUp): FollowUpRow {
  return {
    key: newKey(),
    id: f.id,
    status: f.status,
    title: f.title,
    mode: f.due.kind,
    due: f.due.kind === 'date' ? f.due.date : '',
    from: f.due.kind === 'window' ? f.due.from : '',
    to: f.due.kind === 'window' ? f.due.to : '',
    wording: f.wording ?? '',
    place: f.place?.name ?? '',
  };
}

export function draftFromEvent(e: Event): EventDraft {
  return {
    title: e.title,
    kind: e.kind,
    date: e.precision === 'year' ? e.date.slice(0, 4) : e.precision === 'month' ? e.date.slice(0, 7) : e.date,
    precision: e.precision,
    endDate: e.endDate ?? '',
    placeName: e.place?.name ?? '',
    placeCountry: e.place?.country ?? '',
    countries: [...e.countries],
    organisations: e.organisations.map((org) => ({ ref: org.id, org })),
    people: e.participants.map((p) => ({
      key: newKey(), id: p.person.id, name: p.person.name, title: p.title ?? p.person.title ?? '', country: p.person.country ?? '', role: p.role,
    })),
    topics: e.topics.map((t) => t.name),
    summary: e.summary,
    sourceText: e.sourceText,
    sources: e.sources.map((s) => ({ key: newKey(), url: s.url, title: s.title ?? '', publisher: s.publisher ?? '' })),
    followUps: e.followUps.map(followUpRow),
  };
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** A partial API input (e.g. from a captured article) as a draft; anything of the wrong shape is dropped, not guessed. */
export function draftFromInput(input: Partial<CreateInput>): EventDraft {
  const d = emptyDraft();
  const place = input.place;
  const precision = input.precision;
  return {
    ...d,
    title: str(input.title),
    kind: (EVENT_KIND_IDS as readonly string[]).includes(str(input.kind)) ? (input.kind as EventKind) : d.kind,
    date: str(input.date),
    precision: precision === 'month' || precision === 'year' ? precision : 'day',
    endDate: str(input.endDate),
    placeName: typeof place === 'string' ? place : str(place?.name),
    placeCountry: typeof place === 'object' && place ? str(place.country) : '',
    countries: strings(input.countries),
    organisations: strings(input.organisations).map((ref) => ({ ref })),
    people: (input.people ?? []).map((p) => ({
      key: newKey(),
      ...(p.id ? { id: p.id } : {}),
      name: str(p.name),
      title: str(p.title),
      country: str(p.country),
      role: (PARTICIPANT_ROLE_IDS as readonly string[]).includes(str(p.role)) ? (p.role as ParticipantRole) : 'participant',
    })),
    topics: strings(input.topics),
    summary: str(input.summary),
    sourceText: str(input.sourceText),
    sources: (input.sources ?? []).map((s) => ({ key: newKey(), url: str(s.url), title: str(s.title), publisher: str(s.publisher) })),
    followUps: (input.followUps ?? []).map((f) => ({
      ...emptyFollowUp(),
      title: str(f.title),
      mode: f.due ? 'date' : 'window',
      due: str(f.due),
      from: str(f.window?.from),
      to: str(f.window?.to),
      wording: str(f.wording),
      place: typeof f.place === 'string' ? f.place : str(f.place?.name),
    })),
  };
}

const opt = (s: string): string | undefined => (s.trim() === '' ? undefined : s);

function placeOf(name: string, country: string): { name: string; country?: string } | undefined {
  if (name.trim() === '') return undefined;
  return country ? { name, country } : { name };
}

function personInput(p: PersonRow) {
  return {
    ...(p.id ? { id: p.id } : {}),
    name: p.name,
    ...(opt(p.title) !== undefined ? { title: p.title } : {}),
    ...(p.country ? { country: p.country } : {}),
    role: p.role,
  };
}

function sourceInput(s: SourceRow) {
  return { url: s.url, ...(opt(s.title) ? { title: s.title } : {}), ...(opt(s.publisher) ? { publisher: s.publisher } : {}) };
}

/** When a follow-up is due, as the API takes it: a date, a window, or only the wording for the API to read. */
export function dueInput(f: FollowUpRow): { due?: string; window?: { from: string; to: string } } {
  if (f.mode === 'date') return f.due.trim() ? { due: f.due } : {};
  if (f.from.trim() || f.to.trim()) return { window: { from: f.from, to: f.to } };
  return {};
}

export function followUpInput(f: FollowUpRow) {
  const place = opt(f.place);
  return {
    ...(f.id ? { id: f.id } : {}),
    title: f.title,
    ...dueInput(f),
    ...(opt(f.wording) ? { wording: f.wording } : {}),
    ...(place ? { place } : {}),
  };
}

/** Rows the user added and never touched are dropped; a half-filled row is sent so the API can say what is missing. */
const isBlankPerson = (p: PersonRow) => !p.name.trim() && !p.title.trim() && !p.country;
const isBlankSource = (s: SourceRow) => !s.url.trim() && !s.title.trim() && !s.publisher.trim();
const isBlankFollowUp = (f: FollowUpRow) => !f.id && !f.title.trim() && !f.wording.trim() && !f.due && !f.from && !f.to && !f.place.trim();

/** The draft without untouched blank rows: what is sent, so API error indexes match the rows shown. */
export function withoutBlankRows(d: EventDraft): EventDraft {
  return {
    ...d,
    people: d.people.filter((p) => !isBlankPerson(p)),
    sources: d.sources.filter((s) => !isBlankSource(s)),
    followUps: d.followUps.filter((f) => !isBlankFollowUp(f)),
  };
}

export function toCreateInput(d: EventDraft): CreateInput {
  const place = placeOf(d.placeName, d.placeCountry);
  return {
    title: d.title,
    kind: d.kind,
    date: d.date,
    precision: d.precision,
    ...(opt(d.endDate) ? { endDate: d.endDate } : {}),
    ...(place ? { place } : {}),
    countries: d.countries,
    organisations: d.organisations.map((o) => o.ref),
    people: d.people.map(personInput),
    topics: d.topics,
    summary: d.summary,
    sourceText: d.sourceText,
    sources: d.sources.map(sourceInput),
    followUps: d.followUps.map(followUpInput),
  };
}

export function toPatch(d: EventDraft, id: string): PatchInput {
  return {
    id,
    title: d.title,
    kind: d.kind,
    date: d.date,
    precision: d.precision,
    endDate: opt(d.endDate) ?? null,
    place: placeOf(d.placeName, d.placeCountry) ?? null,
    countries: d.countries,
    organisations: d.organisations.map((o) => o.ref),
    people: d.people.map(personInput),
    topics: d.topics,
    summary: d.summary,
    sourceText: d.sourceText,
    sources: d.sources.map(sourceInput),
  };
}

/** The event's date as a calendar date for reading vague wording against, or null while it is not a valid date. */
export function referenceDate(d: Pick<EventDraft, 'date' | 'precision'>): string | null {
  if (!d.date.trim()) return null;
  const n = normaliseDate(d.date, d.precision);
  return 'problem' in n ? null : n.date;
}

export function sameDraft(a: EventDraft, b: EventDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Reads a draft back from storage, or null when it is not one (older shape, tampered, truncated). */
export function parseStoredDraft(json: string | null): EventDraft | null {
  if (!json) return null;
  try {
    const v = JSON.parse(json) as { version?: unknown; draft?: unknown };
    if (v.version !== 1 || typeof v.draft !== 'object' || v.draft === null) return null;
    const d = v.draft as EventDraft;
    const base = emptyDraft();
    for (const key of Object.keys(base) as (keyof EventDraft)[]) {
      if (typeof d[key] !== typeof base[key] || Array.isArray(d[key]) !== Array.isArray(base[key])) return null;
    }
    return d;
  } catch {
    return null;
  }
}

export function storeDraft(d: EventDraft): string {
  return JSON.stringify({ version: 1, draft: d });
}

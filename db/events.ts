import { ApiError } from '../core/errors.ts';
import type { Event, Place } from '../core/records.ts';
import type { EventInput, PersonInput, PlaceInput } from '../core/schemas.ts';
import type { EventKind } from '../core/taxonomy.ts';
import type { Precision } from '../core/dates.ts';
import { type Ctx, insertRow, sql, timestamp } from './context.ts';
import { FOLLOW_UPS_JSON } from './followups.ts';
import { ORGANISATIONS_JSON, resolveOrganisation } from './organisations.ts';
import { PARTICIPANTS_JSON, resolvePerson } from './people.ts';
import { resolvePlace } from './places.ts';
import { type IndexParts, indexEvent } from './search-index.ts';
import { resolveTopic, TOPICS_JSON } from './topics.ts';

/** The event's own fields and its links, as create and update both write them. */
export interface EventBody {
  title: string;
  kind: EventKind;
  date: string;
  precision: Precision;
  endDate: string | null;
  place: PlaceInput | null;
  countries: string[];
  organisations: string[];
  people: PersonInput[];
  topics: string[];
  summary: string;
  sourceText: string;
  sources: { url: string; title?: string | undefined; publisher?: string | undefined; accessed?: string | undefined }[];
}

export function bodyOf(input: EventInput): EventBody {
  return {
    title: input.title, kind: input.kind, date: input.date, precision: input.precision, endDate: input.endDate ?? null,
    place: input.place ?? null, countries: input.countries, organisations: input.organisations, people: input.people,
    topics: input.topics, summary: input.summary, sourceText: input.sourceText, sources: input.sources,
  };
}

export function seqOf(ctx: Ctx, id: string): number {
  const row = sql<{ seq: number }>(ctx.db, 'SELECT seq FROM events WHERE id = ?').get(id);
  if (!row) throw ApiError.notFound('event', id);
  return row.seq;
}

export function eventExists(ctx: Ctx, id: string): boolean {
  return sql(ctx.db, 'SELECT 1 FROM events WHERE id = ?').get(id) !== undefined;
}

/** The first of each key, in order: a name given twice is linked once, at its first place. */
function unique<T>(xs: readonly T[], key: (x: T) => string): T[] {
  if (xs.length < 2) return xs as T[];
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Writes an event's links; `fresh` (a new event) has none to clear first. Answers its index parts but the follow-ups. */
function writeLinks(ctx: Ctx, seq: number, b: EventBody, place: Place | null, fresh: boolean): Omit<IndexParts, 'followUps'> {
  if (!fresh) {
    for (const table of ['event_countries', 'event_organisations', 'participants', 'event_topics', 'sources'] as const) {
      sql(ctx.db, `DELETE FROM ${table} WHERE event_seq = ?`).run(seq);
    }
  }
  const countries = unique(b.countries, (c) => c);
  const organisations = unique(b.organisations.map((o) => resolveOrganisation(ctx, o)), (o) => o.id);
  const people = unique(b.people.map((p) => ({ p, person: resolvePerson(ctx, p) })), (x) => x.person.id);
  const topics = unique(b.topics.map((t) => resolveTopic(ctx, t)), (t) => t.id);
  countries.forEach((c, i) => insertRow(ctx, 'INSERT INTO event_countries (event_seq, country, position) VALUES (?, ?, ?)', [seq, c, i]));
  organisations.forEach((o, i) => insertRow(ctx, 'INSERT INTO event_organisations (event_seq, organisation_id, position) VALUES (?, ?, ?)', [seq, o.id, i]));
  people.forEach(({ p, person }, i) =>
    // Held back by person in a bulk write: the by-person index fills page by page (~15% off each insert).
    insertRow(ctx, 'INSERT INTO participants (event_seq, person_id, role, title, position) VALUES (?, ?, ?, ?, ?)', [seq, person.id, p.role, p.title ?? null, i], 1));
  topics.forEach((t, i) => insertRow(ctx, 'INSERT INTO event_topics (event_seq, topic_id, position) VALUES (?, ?, ?)', [seq, t.id, i]));
  b.sources.forEach((s, i) =>
    insertRow(ctx, 'INSERT INTO sources (event_seq, position, url, title, publisher, accessed) VALUES (?, ?, ?, ?, ?, ?)', [seq, i, s.url, s.title ?? null, s.publisher ?? null, s.accessed ?? null]));
  return {
    title: b.title, summary: b.summary, sourceText: b.sourceText,
    place: place && { name: place.name, country: place.country },
    people: people.map(({ p, person }) => ({ name: person.name, title: p.title ?? person.title, aliases: person.aliases })),
    countries,
    organisations,
    topics: topics.map((t) => t.name),
  };
}

/**
 * Inserts the event row and its links, answering its index parts but the follow-ups; follow-ups,
 * history and the index row are the caller's. A given id must be new: the caller checks it, so
 * the refusal names the caller's field.
 */
export function insertEvent(ctx: Ctx, b: EventBody, opts: { id?: string | undefined; createdAt?: string; updatedAt?: string } = {}): { id: string; seq: number; parts: Omit<IndexParts, 'followUps'> } {
  const id = opts.id ?? ctx.newId();
  const now = timestamp(ctx);
  const place = b.place ? resolvePlace(ctx, b.place) : null;
  const info = sql(ctx.db, `INSERT INTO events (id, title, kind, date, precision, end_date, place_id, summary, source_text, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    id, b.title, b.kind, b.date, b.precision, b.endDate, place?.id ?? null, b.summary, b.sourceText,
    opts.createdAt ?? now, opts.updatedAt ?? now,
  );
  const seq = Number(info.lastInsertRowid);
  return { id, seq, parts: writeLinks(ctx, seq, b, place, true) };
}

export function updateEventRow(ctx: Ctx, seq: number, b: EventBody): void {
  const place = b.place ? resolvePlace(ctx, b.place) : null;
  sql(ctx.db, 'UPDATE events SET title = ?, kind = ?, date = ?, precision = ?, end_date = ?, place_id = ?, summary = ?, source_text = ?, updated_at = ? WHERE seq = ?').run(
    b.title, b.kind, b.date, b.precision, b.endDate, place?.id ?? null, b.summary, b.sourceText, timestamp(ctx), seq,
  );
  writeLinks(ctx, seq, b, place, false);
  indexEvent(ctx, seq);
}

export function deleteEventRow(ctx: Ctx, seq: number): void {
  sql(ctx.db, 'DELETE FROM events_fts WHERE rowid = ?').run(seq);
  sql(ctx.db, 'DELETE FROM events WHERE seq = ?').run(seq);
}

/**
 * An event with everything it links to, built by one statement as one JSON object (a subquery's
 * JSON is text to its caller, hence each `json(…)`): a save answers it and the window opens it,
 * and this costs a third of the nine look-ups, one per list, it replaced.
 */
const GET_EVENT = `
  SELECT json_object(
    'id', e.id, 'title', e.title, 'kind', e.kind, 'date', e.date, 'precision', e.precision, 'endDate', e.end_date,
    'summary', e.summary, 'sourceText', e.source_text, 'createdAt', e.created_at, 'updatedAt', e.updated_at,
    'place', json((SELECT json_object('id', pl.id, 'name', pl.name, 'country', pl.country) FROM places pl WHERE pl.id = e.place_id)),
    'countries', json((SELECT json_group_array(country ORDER BY position) FROM event_countries WHERE event_seq = e.seq)),
    'organisations', json(${ORGANISATIONS_JSON}),
    'participants', json(${PARTICIPANTS_JSON}),
    'topics', json(${TOPICS_JSON}),
    'sources', json((SELECT json_group_array(json_object('url', url, 'title', title, 'publisher', publisher, 'accessed', accessed) ORDER BY position)
      FROM sources WHERE event_seq = e.seq)),
    'followUps', json(${FOLLOW_UPS_JSON}))
  FROM events e WHERE e.id = ?`;

export function getEvent(ctx: Ctx, id: string): Event {
  const json = sql(ctx.db, GET_EVENT).pluck().get(id) as string | undefined;
  if (json === undefined) throw ApiError.notFound('event', id);
  return JSON.parse(json) as Event;
}

/** The editable body of a stored event, in input form: what update patches and export writes. */
export function bodyOfEvent(e: Event): EventBody {
  return {
    title: e.title, kind: e.kind, date: e.date, precision: e.precision, endDate: e.endDate,
    place: e.place ? { name: e.place.name, country: e.place.country ?? undefined } : null,
    countries: e.countries,
    organisations: e.organisations.map((o) => o.id),
    people: e.participants.map((p) => ({ id: p.person.id, name: p.person.name, title: p.title ?? undefined, country: p.person.country ?? undefined, role: p.role })),
    topics: e.topics.map((t) => t.name),
    summary: e.summary, sourceText: e.sourceText,
    sources: e.sources.map((s) => ({ url: s.url, title: s.title ?? undefined, publisher: s.publisher ?? undefined, accessed: s.accessed ?? undefined })),
  };
}

export function allEventIds(ctx: Ctx): string[] {
  return sql<{ id: string }>(ctx.db, 'SELECT id FROM events ORDER BY seq').all().map((r) => r.id);
}

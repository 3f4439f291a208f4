/**
 * Writing the full-text index. An event's row is built in one place, `indexColumns`, from its
 * parts: a new event's parts come from the body being written (no read-back), an edited one's
 * from its tables (`indexEvent`). Both give the same text, column for column.
 */
import { countrySearchText } from '../core/countries.ts';
import { type Ctx, insertRow, sql } from './context.ts';

/** What an event's index row is made of, every list in the event's own order. */
export interface IndexParts {
  title: string;
  summary: string;
  sourceText: string;
  place: { name: string; country: string | null } | null;
  /** A participant: the person's name, the title held at the event (else the person's), every alias. */
  people: { name: string; title: string | null; aliases: readonly string[] }[];
  countries: readonly string[];
  organisations: { acronymFr: string; acronymEn: string; nameFr: string; nameEn: string }[];
  topics: readonly string[];
  followUps: { title: string; wording: string | null; place: string | null }[];
}

type Cell = string | null;

/** SQL's concat_ws: nulls are skipped, empty strings are kept. */
const words = (...parts: (string | null | undefined)[]): string => parts.filter((p) => p !== null && p !== undefined).join(' ');
/** SQL's group_concat: null for no items. */
const joined = (items: readonly string[]): Cell => (items.length ? items.join(' · ') : null);

/**
 * The nine columns of `events_fts` (title, summary, place, people, countries, organisations,
 * topics, follow_ups, source_text). A person's aliases go in the people column, and a country
 * every way it is spelled: an event is found under any of its names.
 */
export function indexColumns(p: IndexParts): Cell[] {
  return [
    p.title,
    p.summary,
    p.place ? words(p.place.name, p.place.country === null ? null : countrySearchText(p.place.country)) : null,
    joined(p.people.map((x) => words(x.name, x.title, x.aliases.length ? x.aliases.join(' ') : null))),
    joined(p.countries.map(countrySearchText)),
    joined(p.organisations.map((o) => words(o.acronymFr, o.acronymEn, o.nameFr, o.nameEn))),
    joined(p.topics),
    joined(p.followUps.map((f) => words(f.title, f.wording, f.place))),
    p.sourceText,
  ];
}

const INSERT_ROW = 'INSERT INTO events_fts (rowid, title, summary, place, people, countries, organisations, topics, follow_ups, source_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';

/** Adds a new event's row (held back inside `writeInChunks`); the caller owns the transaction. */
export function insertIndexRow(ctx: Ctx, seq: number, parts: IndexParts): void {
  insertRow(ctx, INSERT_ROW, [seq, ...indexColumns(parts)]);
}

// One statement reads an event's parts from its tables, each list in the event's order (aliases
// by their folded form, follow-ups as written), as JSON the row builder takes apart.
const PARTS_OF = `
  SELECT e.title, e.summary, e.source_text AS sourceText,
    (SELECT json_object('name', pl.name, 'country', pl.country) FROM places pl WHERE pl.id = e.place_id) AS place,
    (SELECT json_group_array(json_object('name', p.name, 'title', coalesce(pa.title, p.title),
        'aliases', json((SELECT json_group_array(x.alias ORDER BY x.folded) FROM person_aliases x WHERE x.person_id = p.id))) ORDER BY pa.position)
      FROM participants pa JOIN people p ON p.id = pa.person_id WHERE pa.event_seq = e.seq) AS people,
    (SELECT json_group_array(country ORDER BY position) FROM event_countries WHERE event_seq = e.seq) AS countries,
    (SELECT json_group_array(json_object('acronymFr', o.acronym_fr, 'acronymEn', o.acronym_en, 'nameFr', o.name_fr, 'nameEn', o.name_en) ORDER BY x.position)
      FROM event_organisations x JOIN organisations o ON o.id = x.organisation_id WHERE x.event_seq = e.seq) AS organisations,
    (SELECT json_group_array(t.name ORDER BY x.position) FROM event_topics x JOIN topics t ON t.id = x.topic_id WHERE x.event_seq = e.seq) AS topics,
    (SELECT json_group_array(json_object('title', f.title, 'wording', f.wording, 'place', fp.name) ORDER BY f.rowid)
      FROM follow_ups f LEFT JOIN places fp ON fp.id = f.place_id WHERE f.event_id = e.id) AS followUps
  FROM events e WHERE e.seq = ?`;

interface PartsRow { title: string; summary: string; sourceText: string; place: string | null; people: string; countries: string; organisations: string; topics: string; followUps: string }

/** An event's parts as its tables hold them now; undefined for no such event. */
export function partsOf(ctx: Ctx, seq: number): IndexParts | undefined {
  const r = sql<PartsRow>(ctx.db, PARTS_OF).get(seq);
  if (!r) return undefined;
  return {
    title: r.title, summary: r.summary, sourceText: r.sourceText,
    place: r.place === null ? null : JSON.parse(r.place),
    people: JSON.parse(r.people), countries: JSON.parse(r.countries), organisations: JSON.parse(r.organisations),
    topics: JSON.parse(r.topics), followUps: JSON.parse(r.followUps),
  };
}

/**
 * Rewrites an event's row from its tables after an edit (of it, a follow-up, a person, an
 * organisation); call inside the write's transaction. `fresh` skips the delete for an event
 * that was never indexed.
 */
export function indexEvent(ctx: Ctx, seq: number, fresh = false): void {
  if (!fresh) sql(ctx.db, 'DELETE FROM events_fts WHERE rowid = ?').run(seq);
  const parts = partsOf(ctx, seq);
  if (parts) insertIndexRow(ctx, seq, parts);
}

// FTS5 takes its commands as inserts; the page count must be bound as an integer. A negative
// count first puts every segment on one level, then merges them into one: an optimize in steps.
const MERGE = "INSERT INTO events_fts(events_fts, rank) VALUES('merge', CAST(? AS INTEGER))";
// One row per leaf page that starts a term, numbered within its segment (times two): the largest
// number measures the segment.
const SEGMENT_SIZES = 'SELECT max(pgno) FROM events_fts_idx GROUP BY segid';
/** Segments beside the largest holding this share of its size are worth merging into it. */
const OPTIMIZE_SHARE = 1 / 8;

function mergeStep(ctx: Ctx, pages: number): boolean {
  const changes = sql(ctx.db, 'SELECT total_changes()').pluck();
  const before = changes.get() as number;
  sql(ctx.db, MERGE).run(pages);
  // FTS5's documented signal: the change count moves by two or more only when something was merged.
  return (changes.get() as number) - before >= 2;
}

/**
 * One bounded step (about `pages` leaf pages) of the index's upkeep, in the caller's transaction;
 * true when there was work. Automerge is off (migration 004): saves and bulk writes leave merging
 * to the store's quiet moments (db/upkeep.ts). Once the segments beside the largest have grown to
 * an eighth of it (after a bulk import, or many saves), all of them are merged into one: a search
 * walks every segment for every word, and one segment made the 30 bench searches 20–30% faster at
 * 100,000 events; the share bounds how often the whole index is rewritten. Otherwise the levels
 * holding four segments or more, as FTS5's automerge would. Merging into one comes first, so no level
 * is merged just to be rewritten again. At 100,000 events its steps take ~20 ms, but the first,
 * which starts the merge over every segment, 0.1–0.6 s.
 */
export function mergeIndexStep(ctx: Ctx, pages: number): boolean {
  return (indexWantsOptimizing(ctx) && mergeStep(ctx, -pages)) || mergeStep(ctx, pages);
}

function indexWantsOptimizing(ctx: Ctx): boolean {
  const sizes = sql(ctx.db, SEGMENT_SIZES).pluck().all() as number[];
  if (sizes.length < 2) return false;
  const largest = Math.max(...sizes);
  return sizes.reduce((sum, n) => sum + n, 0) - largest >= largest * OPTIMIZE_SHARE;
}

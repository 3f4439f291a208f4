import { ApiError } from '../core/errors.ts';
import type { Person } from '../core/records.ts';
import type { PersonInput } from '../core/schemas.ts';
import { fold } from '../core/text.ts';
import { type Ctx, resolveOnce, sql } from './context.ts';
import { likeEscape } from './places.ts';

export function getPerson(ctx: Ctx, id: string): Person | undefined {
  return sql<Person>(ctx.db, 'SELECT id, name, title, country FROM people WHERE id = ?').get(id);
}

export function insertPerson(ctx: Ctx, p: Omit<Person, 'id'>, id: string = ctx.newId()): Person {
  sql(ctx.db, 'INSERT INTO people (id, name, title, country, folded) VALUES (?, ?, ?, ?, ?)').run(id, p.name, p.title, p.country, fold(p.name));
  return { id, ...p };
}

/** What the search index needs of a person: the name, the title, every other spelling. */
export interface IndexedPerson { id: string; name: string; title: string | null; aliases: string[] }

/**
 * Finds the person a participant entry means — by id, else by name regardless of accents
 * ("Ismael Wague" is "Ismaël Wagué"), preferring the same country — or creates them.
 * A known person missing a title or country gets it from this entry.
 */
export function ensurePerson(ctx: Ctx, input: PersonInput): string {
  return resolvePerson(ctx, input).id;
}

/**
 * `ensurePerson`, remembered for the rest of the write (the same entry resolves the same way
 * until the write ends), answering the person as the index needs them.
 */
export function resolvePerson(ctx: Ctx, input: PersonInput): IndexedPerson {
  // The entry's answer is the write's one copy of that person (which a later entry may give a
  // title): one look-up per participant named again, not two.
  return resolveOnce(ctx, `person|${input.id ?? ''}|${input.name}|${input.title ?? ''}|${input.country ?? ''}`, () => indexedPerson(ctx, findOrCreatePerson(ctx, input)));
}

const known = (id: string) => `person-record|${id}`;

/** A person as stored now, read once per write; a change within the write updates the copy (never replaces it). */
function indexedPerson(ctx: Ctx, id: string): IndexedPerson {
  return resolveOnce(ctx, known(id), () => {
    const p = getPerson(ctx, id)!;
    const aliases = sql(ctx.db, 'SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY folded').pluck().all(id) as string[];
    return { id, name: p.name, title: p.title, aliases };
  });
}

/** A candidate with what the index needs of them: one statement, not a look-up and two reads per participant. */
type CandidateRow = Person & { r: number; byName: number; aliases: string };
const CANDIDATE = `rowid AS r, id, name, title, country, folded = @folded AS byName,
  (SELECT json_group_array(x.alias ORDER BY x.folded) FROM person_aliases x WHERE x.person_id = people.id) AS aliases`;
// By name or by alias in one statement: SQLite searches the two indexes and joins the results
// (MULTI-INDEX OR); a join on the aliases instead made it walk every person.
const BY_ID = `SELECT ${CANDIDATE} FROM people WHERE id = @id`;
const BY_NAME_OR_ALIAS = `SELECT ${CANDIDATE} FROM people WHERE folded = @folded OR id IN (SELECT person_id FROM person_aliases WHERE folded = @folded)`;

/** Keeps a person read while resolving as the write's copy, unless the write already holds one. */
function remember(ctx: Ctx, row: CandidateRow): void {
  if (!ctx.resolved.has(known(row.id))) ctx.resolved.set(known(row.id), { id: row.id, name: row.name, title: row.title, aliases: JSON.parse(row.aliases) } satisfies IndexedPerson);
}

function findOrCreatePerson(ctx: Ctx, input: PersonInput): string {
  if (input.id) {
    const row = sql<CandidateRow>(ctx.db, BY_ID).get({ id: input.id, folded: null });
    // An id with a name creates the person under that id (import keeps ids stable).
    if (!row) return created(ctx, insertPerson(ctx, { name: input.name, title: input.title ?? null, country: input.country ?? null }, input.id));
    remember(ctx, row);
    return input.id;
  }
  // The name as spelled first, then any alias ("Mikhail Bogdanov" is the Mikhaïl Bogdanov we know).
  // Oldest record first among namesakes; sorted here because an ORDER BY rowid made SQLite walk
  // the whole table instead of the folded-name index (10× slower on every participant written).
  const rows = sql<CandidateRow>(ctx.db, BY_NAME_OR_ALIAS).all({ folded: fold(input.name) });
  const oldestFirst = (a: { r: number }, b: { r: number }) => a.r - b.r;
  const candidates = [...rows.filter((c) => c.byName).sort(oldestFirst), ...rows.filter((c) => !c.byName).sort(oldestFirst)];
  const match =
    candidates.find((c) => input.country && c.country === input.country) ??
    candidates.find((c) => !input.country || c.country === null);
  if (!match) return created(ctx, insertPerson(ctx, { name: input.name, title: input.title ?? null, country: input.country ?? null }));
  remember(ctx, match);
  if ((!match.title && input.title) || (!match.country && input.country)) {
    const title = match.title ?? input.title ?? null;
    sql(ctx.db, 'UPDATE people SET title = ?, country = ? WHERE id = ?').run(title, match.country ?? input.country ?? null, match.id);
    (ctx.resolved.get(known(match.id)) as IndexedPerson).title = title;
  }
  return match.id;
}

/** A person just created has no aliases: what the index needs is known without reading it back. */
function created(ctx: Ctx, p: Person): string {
  ctx.resolved.set(known(p.id), { id: p.id, name: p.name, title: p.title, aliases: [] } satisfies IndexedPerson);
  return p.id;
}

export function updatePerson(ctx: Ctx, id: string, patch: { name?: string | undefined; title?: string | undefined; country?: string | null | undefined }): Person {
  const current = getPerson(ctx, id);
  if (!current) throw ApiError.notFound('person', id);
  const next: Person = {
    id,
    name: patch.name ?? current.name,
    title: patch.title === undefined ? current.title : patch.title || null,
    country: patch.country === undefined ? current.country : patch.country,
  };
  sql(ctx.db, 'UPDATE people SET name = ?, title = ?, country = ?, folded = ? WHERE id = ?').run(next.name, next.title, next.country, fold(next.name), id);
  return next;
}

// A person is found by any word start of their name or of any of their aliases, accents ignored.
const FIND_PEOPLE = `
  SELECT p.id, p.name, p.title, p.country FROM people p
  WHERE p.folded LIKE @start ESCAPE '\\' OR p.folded LIKE @word ESCAPE '\\'
    OR EXISTS (SELECT 1 FROM person_aliases x WHERE x.person_id = p.id AND (x.folded LIKE @start ESCAPE '\\' OR x.folded LIKE @word ESCAPE '\\'))
  ORDER BY p.name LIMIT @limit`;

export function findPeople(ctx: Ctx, query: string, limit: number): Person[] {
  const q = likeEscape(fold(query));
  return sql<Person>(ctx.db, FIND_PEOPLE).all({ start: `${q}%`, word: `% ${q}%`, limit });
}

/**
 * An event's participants as one JSON array in the event's order, for a statement over `events e`:
 * each with the title logged at the event and the title for its day, the logged one else the
 * person's dated title covering the event's date (of overlapping ones, the latest begun).
 * A person is read off the covering index people_by_id: one seek instead of two (migration 005).
 */
export const PARTICIPANTS_JSON = `(
  SELECT json_group_array(json_object(
      'person', json_object('id', p.id, 'name', p.name, 'title', p.title, 'country', p.country),
      'role', pa.role, 'title', pa.title,
      'titleOnDay', coalesce(pa.title, (SELECT t.title FROM person_titles t WHERE t.person_id = p.id
         AND (t.from_date IS NULL OR t.from_date <= e.date) AND (t.to_date IS NULL OR t.to_date >= e.date)
       ORDER BY t.from_date IS NULL, t.from_date DESC, t.position LIMIT 1))) ORDER BY pa.position)
  FROM participants pa JOIN people p INDEXED BY people_by_id ON p.id = pa.person_id WHERE pa.event_seq = e.seq)`;

export function allPeople(ctx: Ctx): Person[] {
  return sql<Person>(ctx.db, 'SELECT id, name, title, country FROM people ORDER BY rowid').all();
}

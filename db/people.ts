import { ApiError } from '../core/errors.ts';
import type { Participant, Person } from '../core/records.ts';
import type { PersonInput } from '../core/schemas.ts';
import type { ParticipantRole } from '../core/taxonomy.ts';
import { fold } from '../core/text.ts';
import { type Ctx, sql } from './context.ts';
import { likeEscape } from './places.ts';

export function getPerson(ctx: Ctx, id: string): Person | undefined {
  return sql<Person>(ctx.db, 'SELECT id, name, title, country FROM people WHERE id = ?').get(id);
}

export function insertPerson(ctx: Ctx, p: Omit<Person, 'id'>, id: string = ctx.newId()): Person {
  sql(ctx.db, 'INSERT INTO people (id, name, title, country, folded) VALUES (?, ?, ?, ?, ?)').run(id, p.name, p.title, p.country, fold(p.name));
  return { id, ...p };
}

/**
 * Finds the person a participant entry means — by id, else by name regardless of accents
 * ("Ismael Wague" is "Ismaël Wagué"), preferring the same country — or creates them.
 * A known person missing a title or country gets it from this entry.
 */
export function ensurePerson(ctx: Ctx, input: PersonInput): string {
  if (input.id) {
    if (!getPerson(ctx, input.id)) {
      // An id with a name creates the person under that id (import keeps ids stable).
      insertPerson(ctx, { name: input.name, title: input.title ?? null, country: input.country ?? null }, input.id);
    }
    return input.id;
  }
  const candidates = sql<Person>(ctx.db, 'SELECT id, name, title, country FROM people WHERE folded = ? ORDER BY rowid').all(fold(input.name));
  const match =
    candidates.find((c) => input.country && c.country === input.country) ??
    candidates.find((c) => !input.country || c.country === null);
  if (!match) return insertPerson(ctx, { name: input.name, title: input.title ?? null, country: input.country ?? null }).id;
  if ((!match.title && input.title) || (!match.country && input.country)) {
    sql(ctx.db, 'UPDATE people SET title = ?, country = ? WHERE id = ?').run(match.title ?? input.title ?? null, match.country ?? input.country ?? null, match.id);
  }
  return match.id;
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

export function findPeople(ctx: Ctx, query: string, limit: number): Person[] {
  const q = likeEscape(fold(query));
  return sql<Person>(ctx.db, "SELECT id, name, title, country FROM people WHERE folded LIKE ? ESCAPE '\\' OR folded LIKE ? ESCAPE '\\' ORDER BY name LIMIT ?").all(`${q}%`, `% ${q}%`, limit);
}

export function participantsOfEvent(ctx: Ctx, seq: number): Participant[] {
  const rows = sql<Person & { role: ParticipantRole; atTitle: string | null }>(
    ctx.db,
    'SELECT p.id, p.name, p.title, p.country, pa.role, pa.title AS atTitle FROM participants pa JOIN people p ON p.id = pa.person_id WHERE pa.event_seq = ? ORDER BY pa.position',
  ).all(seq);
  return rows.map(({ role, atTitle, ...person }) => ({ person, role, title: atTitle }));
}

export function allPeople(ctx: Ctx): Person[] {
  return sql<Person>(ctx.db, 'SELECT id, name, title, country FROM people ORDER BY rowid').all();
}

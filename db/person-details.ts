/** A person's other spellings, their titles over time, their page, and the merging of two records into one. */
import { ApiError } from '../core/errors.ts';
import type { Person, PersonProfile, PersonTitle } from '../core/records.ts';
import { fold } from '../core/text.ts';
import { type Ctx, sql } from './context.ts';
import { getPerson } from './people.ts';
import { SUMMARY_COLUMNS, SUMMARY_FROM, type SummaryRow, toSummary } from './summaries.ts';

export const PROFILE_EVENTS_LIMIT = 500;
const COUNTERPARTS_LIMIT = 100;

/** `field` names the input that carried the id: `keep` and `merge` in a merge. */
export function requirePerson(ctx: Ctx, id: string, field = 'id'): Person {
  const p = getPerson(ctx, id);
  if (!p) throw new ApiError('not_found', `person ${id} does not exist`, [{ field, problem: `no person with id ${id}` }]);
  return p;
}

export function aliasesOf(ctx: Ctx, id: string): string[] {
  return sql(ctx.db, 'SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY folded').pluck().all(id) as string[];
}

export function titlesOf(ctx: Ctx, id: string): PersonTitle[] {
  return sql<PersonTitle>(ctx.db, 'SELECT title, from_date AS "from", to_date AS "to" FROM person_titles WHERE person_id = ? ORDER BY position').all(id);
}

/** Adds a spelling; false when the person already goes by it (their name included), accents and case aside. */
export function addAlias(ctx: Ctx, id: string, alias: string): boolean {
  const person = requirePerson(ctx, id);
  const folded = fold(alias);
  if (folded === fold(person.name)) return false;
  return sql(ctx.db, 'INSERT OR IGNORE INTO person_aliases (person_id, alias, folded) VALUES (?, ?, ?)').run(id, alias, folded).changes > 0;
}

/** Removes a spelling matched accent- and case-insensitively; false when the person has no such alias. */
export function removeAlias(ctx: Ctx, id: string, alias: string): boolean {
  requirePerson(ctx, id);
  return sql(ctx.db, 'DELETE FROM person_aliases WHERE person_id = ? AND folded = ?').run(id, fold(alias)).changes > 0;
}

/** Replaces the whole list: titles over time are edited as one list, like an event's people. */
export function setTitles(ctx: Ctx, id: string, titles: readonly PersonTitle[]): void {
  requirePerson(ctx, id);
  sql(ctx.db, 'DELETE FROM person_titles WHERE person_id = ?').run(id);
  titles.forEach((t, i) =>
    sql(ctx.db, 'INSERT INTO person_titles (person_id, position, title, from_date, to_date) VALUES (?, ?, ?, ?, ?)').run(id, i, t.title, t.from, t.to));
}

/** The sequence numbers of the events a person takes part in: what to re-index when their names change. */
export function eventSeqsOf(ctx: Ctx, id: string): number[] {
  return sql(ctx.db, 'SELECT event_seq FROM participants WHERE person_id = ?').pluck().all(id) as number[];
}

const PROFILE_EVENTS = `
  SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM}
  WHERE e.seq IN (SELECT event_seq FROM participants WHERE person_id = @id)
  ORDER BY e.date DESC, e.precision_rank DESC, e.seq DESC LIMIT @limit`;

// Counterparts: people at the same events from another country (or whose country is unknown).
const COUNTERPARTS = `
  SELECT p.id, p.name, p.title, p.country, count(*) AS events
  FROM participants mine JOIN participants theirs ON theirs.event_seq = mine.event_seq AND theirs.person_id <> mine.person_id
  JOIN people p ON p.id = theirs.person_id
  WHERE mine.person_id = @id AND (@country IS NULL OR p.country IS NULL OR p.country <> @country)
  GROUP BY p.id ORDER BY events DESC, p.name LIMIT @limit`;

export function profileOf(ctx: Ctx, id: string): PersonProfile {
  const person = requirePerson(ctx, id);
  const counterparts = sql<Person & { events: number }>(ctx.db, COUNTERPARTS).all({ id, country: person.country, limit: COUNTERPARTS_LIMIT });
  return {
    person,
    aliases: aliasesOf(ctx, id),
    titles: titlesOf(ctx, id),
    events: sql<SummaryRow>(ctx.db, PROFILE_EVENTS).all({ id, limit: PROFILE_EVENTS_LIMIT }).map(toSummary),
    eventCount: (sql(ctx.db, 'SELECT count(*) FROM participants WHERE person_id = ?').pluck().get(id) as number),
    counterparts: counterparts.map(({ events, ...p }) => ({ person: p, events })),
  };
}

/**
 * Folds `merge` into `keep`: participations move (where both took part in one event, keep's row
 * stays and takes merge's logged title if it had none), merge's name and aliases become keep's
 * aliases, merge's titles follow keep's, and keep fills a missing title or country from merge.
 * Then merge is deleted. The caller runs this in the write's transaction and re-indexes.
 */
export function mergePeople(ctx: Ctx, keepId: string, mergeId: string): void {
  const keep = requirePerson(ctx, keepId, 'keep');
  const merge = requirePerson(ctx, mergeId, 'merge');
  sql(ctx.db, `UPDATE participants AS k SET title = (SELECT m.title FROM participants m WHERE m.event_seq = k.event_seq AND m.person_id = @merge)
    WHERE k.person_id = @keep AND k.title IS NULL`).run({ keep: keepId, merge: mergeId });
  sql(ctx.db, 'UPDATE OR IGNORE participants SET person_id = @keep WHERE person_id = @merge').run({ keep: keepId, merge: mergeId });
  sql(ctx.db, 'DELETE FROM participants WHERE person_id = ?').run(mergeId);
  for (const alias of [merge.name, ...aliasesOf(ctx, mergeId)]) addAlias(ctx, keepId, alias);
  const titles = [...titlesOf(ctx, keepId), ...titlesOf(ctx, mergeId)];
  const key = (t: PersonTitle) => JSON.stringify([fold(t.title), t.from, t.to]);
  setTitles(ctx, keepId, titles.filter((t, i) => titles.findIndex((u) => key(u) === key(t)) === i));
  if ((!keep.title && merge.title) || (!keep.country && merge.country)) {
    sql(ctx.db, 'UPDATE people SET title = ?, country = ? WHERE id = ?').run(keep.title ?? merge.title, keep.country ?? merge.country, keepId);
  }
  sql(ctx.db, 'DELETE FROM people WHERE id = ?').run(mergeId);
}

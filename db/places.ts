import type { PlaceInput } from '../core/schemas.ts';
import type { Place } from '../core/records.ts';
import { fold } from '../core/text.ts';
import { type Ctx, resolveOnce, sql } from './context.ts';

interface PlaceRow { id: string; name: string; country: string | null }

/** A place is known by its folded name and country: "Moscou" and "moscou" are one place. */
export function ensurePlace(ctx: Ctx, input: PlaceInput): string {
  return resolvePlace(ctx, input).id;
}

/** The place an input names, found or created, as stored (the first spelling written stays). */
export function resolvePlace(ctx: Ctx, input: PlaceInput): Place {
  const country = input.country ?? null;
  return resolveOnce(ctx, `place|${input.name}|${country ?? ''}`, () => findOrCreatePlace(ctx, input.name, fold(input.name), country));
}

function findOrCreatePlace(ctx: Ctx, name: string, folded: string, country: string | null): Place {
  const found = sql<PlaceRow>(ctx.db, "SELECT id, name, country FROM places WHERE folded = ? AND ifnull(country, '') = ifnull(?, '')").get(folded, country);
  if (found) return found;
  const id = ctx.newId();
  sql(ctx.db, 'INSERT INTO places (id, name, country, folded) VALUES (?, ?, ?, ?)').run(id, name, country, folded);
  return { id, name, country };
}

export function getPlace(ctx: Ctx, id: string | null): Place | null {
  if (!id) return null;
  return sql<PlaceRow>(ctx.db, 'SELECT id, name, country FROM places WHERE id = ?').get(id) ?? null;
}

export function findPlaces(ctx: Ctx, query: string, limit: number): Place[] {
  return sql<PlaceRow>(ctx.db, "SELECT id, name, country FROM places WHERE folded LIKE ? ESCAPE '\\' OR folded LIKE ? ESCAPE '\\' ORDER BY name LIMIT ?").all(
    `${likeEscape(fold(query))}%`,
    `% ${likeEscape(fold(query))}%`,
    limit,
  );
}

/** Escapes LIKE's wildcards so a user's `%` or `_` means itself. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

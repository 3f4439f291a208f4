import { DEFAULT_ORGANISATIONS, type OrganisationSeed } from '../core/organisations.ts';
import { ApiError } from '../core/errors.ts';
import type { Organisation } from '../core/records.ts';
import { fold } from '../core/text.ts';
import { type Ctx, resolveOnce, sql } from './context.ts';
import { likeEscape } from './places.ts';

interface OrgRow { id: string; acronymFr: string; acronymEn: string; nameFr: string; nameEn: string }
const COLUMNS = 'id, acronym_fr AS acronymFr, acronym_en AS acronymEn, name_fr AS nameFr, name_en AS nameEn';

/** Every spelling an organisation is known by, folded, space-separated with sentinels so whole names match. */
function foldedNames(o: OrganisationSeed): string {
  return `|${[o.acronymFr, o.acronymEn, o.nameFr, o.nameEn].map(fold).join('|')}|`;
}

export function insertOrganisation(ctx: Ctx, o: OrganisationSeed, id: string = ctx.newId()): Organisation {
  sql(ctx.db, 'INSERT INTO organisations (id, acronym_fr, acronym_en, name_fr, name_en, folded) VALUES (?, ?, ?, ?, ?, ?)').run(
    id, o.acronymFr, o.acronymEn, o.nameFr, o.nameEn, foldedNames(o),
  );
  return { id, ...o };
}

export function seedOrganisations(ctx: Ctx): void {
  const n = sql<{ n: number }>(ctx.db, 'SELECT count(*) AS n FROM organisations').get()!.n;
  if (n > 0) return;
  for (const o of DEFAULT_ORGANISATIONS) insertOrganisation(ctx, o);
}

export function getOrganisation(ctx: Ctx, id: string): Organisation | undefined {
  return sql<OrgRow>(ctx.db, `SELECT ${COLUMNS} FROM organisations WHERE id = ?`).get(id);
}

export function requireOrganisation(ctx: Ctx, id: string): Organisation {
  const o = getOrganisation(ctx, id);
  if (!o) throw ApiError.notFound('organisation', id);
  return o;
}

/** Resolves "CEDEAO", "ECOWAS", a full name or an id to one organisation, creating it when unknown. */
export function ensureOrganisation(ctx: Ctx, ref: string): string {
  return resolveOrganisation(ctx, ref).id;
}

/** The organisation a reference means, found or created, as stored. */
export function resolveOrganisation(ctx: Ctx, ref: string): Organisation {
  return resolveOnce(ctx, `organisation|${ref}`, () => findOrCreateOrganisation(ctx, ref));
}

function findOrCreateOrganisation(ctx: Ctx, ref: string): Organisation {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(ref)) {
    const byId = getOrganisation(ctx, ref.toLowerCase());
    if (byId) return byId;
  }
  const found = sql<OrgRow>(ctx.db, `SELECT ${COLUMNS} FROM organisations WHERE instr(folded, ?) > 0 ORDER BY rowid LIMIT 1`).get(`|${fold(ref)}|`);
  if (found) return found;
  return insertOrganisation(ctx, { acronymFr: ref, acronymEn: ref, nameFr: ref, nameEn: ref });
}

export function updateOrganisation(ctx: Ctx, id: string, patch: Partial<OrganisationSeed>): Organisation {
  const next = { ...requireOrganisation(ctx, id), ...patch };
  sql(ctx.db, 'UPDATE organisations SET acronym_fr = ?, acronym_en = ?, name_fr = ?, name_en = ?, folded = ? WHERE id = ?').run(
    next.acronymFr, next.acronymEn, next.nameFr, next.nameEn, foldedNames(next), id,
  );
  return next;
}

export function findOrganisations(ctx: Ctx, query: string, limit: number): Organisation[] {
  const q = likeEscape(fold(query));
  return sql<OrgRow>(ctx.db, `SELECT ${COLUMNS} FROM organisations WHERE folded LIKE ? ESCAPE '\\' OR folded LIKE ? ESCAPE '\\' ORDER BY acronym_en LIMIT ?`).all(`%|${q}%`, `% ${q}%`, limit);
}

/** An event's organisations as one JSON array in the event's order, for a statement over `events e`. */
export const ORGANISATIONS_JSON = `(
  SELECT json_group_array(json_object('id', o.id, 'acronymFr', o.acronym_fr, 'acronymEn', o.acronym_en, 'nameFr', o.name_fr, 'nameEn', o.name_en) ORDER BY eo.position)
  FROM event_organisations eo JOIN organisations o ON o.id = eo.organisation_id WHERE eo.event_seq = e.seq)`;

export function allOrganisations(ctx: Ctx): Organisation[] {
  return sql<OrgRow>(ctx.db, `SELECT ${COLUMNS} FROM organisations ORDER BY rowid`).all();
}

import { EXPORT_FORMAT, EXPORT_VERSION, type ExportDocument, type ExportFileParsed } from '../core/export-format.ts';
import type { ImportSummary } from '../core/records.ts';
import { fold } from '../core/text.ts';
import { type Ctx, sql, timestamp, writeInChunks } from '../db/context.ts';
import { allEventIds } from '../db/events.ts';
import { allHistory, insertHistoryEntry } from '../db/history.ts';
import { allOrganisations, getOrganisation, insertOrganisation, updateOrganisation } from '../db/organisations.ts';
import { allPeople, getPerson, insertPerson } from '../db/people.ts';
import { addAlias, aliasesOf, setTitles, titlesOf } from '../db/person-details.ts';
import { exportEvent } from './export.ts';
import { importEventEntry } from './import.ts';
import type { HandlerMap } from './types.ts';

export function exportAll(ctx: Ctx): ExportDocument {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: timestamp(ctx),
    organisations: allOrganisations(ctx),
    people: allPeople(ctx).map((p) => {
      const aliases = aliasesOf(ctx, p.id);
      const titles = titlesOf(ctx, p.id);
      return { ...p, ...(aliases.length ? { aliases } : {}), ...(titles.length ? { titles } : {}) };
    }),
    events: allEventIds(ctx).map((id) => exportEvent(ctx, id)),
    history: allHistory(ctx),
  };
}

/**
 * An organisation from a file takes the place of an unused one that is the same organisation
 * (the defaults every store starts with), so importing into a new store does not double them.
 * Same acronyms is enough: a default whose name the user edited is still that default. A row
 * the file itself brings (by id) is never taken, so two records of the file cannot merge.
 */
function importOrganisation(ctx: Ctx, o: ExportFileParsed['organisations'][number], fileIds: string): void {
  if (getOrganisation(ctx, o.id)) {
    updateOrganisation(ctx, o.id, o);
    return;
  }
  const twin = sql<{ id: string }>(ctx.db,
    `SELECT o.id FROM organisations o
     WHERE substr(o.folded, 1, length(@acronyms)) = @acronyms
       AND NOT EXISTS (SELECT 1 FROM event_organisations x WHERE x.organisation_id = o.id)
       AND o.id NOT IN (SELECT value FROM json_each(@fileIds))
     ORDER BY o.folded = @folded DESC, o.rowid LIMIT 1`,
  ).get({
    acronyms: `|${[o.acronymFr, o.acronymEn].map(fold).join('|')}|`,
    folded: `|${[o.acronymFr, o.acronymEn, o.nameFr, o.nameEn].map(fold).join('|')}|`,
    fileIds,
  });
  if (twin) {
    sql(ctx.db, 'UPDATE organisations SET id = ? WHERE id = ?').run(o.id, twin.id);
    updateOrganisation(ctx, o.id, o);
  } else insertOrganisation(ctx, o, o.id);
}

/** All or nothing: the caller's transaction rolls every row back if any record fails. */
export function importAll(ctx: Ctx, file: ExportFileParsed): ImportSummary {
  ctx.db.pragma('defer_foreign_keys = ON');
  const fileIds = JSON.stringify(file.organisations.map((o) => o.id));
  file.organisations.forEach((o) => importOrganisation(ctx, o, fileIds));
  for (const { aliases, titles, ...p } of file.people) {
    if (getPerson(ctx, p.id)) continue;
    insertPerson(ctx, p, p.id);
    for (const alias of aliases ?? []) addAlias(ctx, p.id, alias);
    if (titles?.length) setTitles(ctx, p.id, titles);
  }
  // Follow-ups are written at the end of each chunk: the ids this import has given are checked here.
  const followUpIds = new Set<string>();
  writeInChunks(ctx, file.events.length, (i) => importEventEntry(ctx, file.events[i]!, `events[${i}]`, followUpIds));
  for (const h of file.history) {
    if (!sql(ctx.db, 'SELECT 1 FROM history WHERE id = ?').get(h.id)) insertHistoryEntry(ctx, { ...h, before: h.before ?? null, after: h.after ?? null });
  }
  return {
    events: file.events.length,
    followUps: file.events.reduce((n, e) => n + e.followUps.length, 0),
    people: file.people.length,
    organisations: file.organisations.length,
  };
}

export const dataHandlers: HandlerMap<'data.export' | 'data.import'> = {
  'data.export': (_input, { ctx }) => exportAll(ctx),
  'data.import': (input, { ctx }) => importAll(ctx, input),
};

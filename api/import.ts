import { ApiError } from '../core/errors.ts';
import type { ExportFileParsed } from '../core/export-format.ts';
import type { Ctx } from '../db/context.ts';
import { bodyOf, eventExists, insertEvent } from '../db/events.ts';
import { followUpExists, insertFollowUp } from '../db/followups.ts';
import { type IndexParts, insertIndexRow } from '../db/search-index.ts';

type Entry = ExportFileParsed['events'][number];

/**
 * Writes one exported event back with its ids, timestamps and follow-ups; the caller owns the transaction.
 * `prefix` locates the entry in the caller's input (`events[2]` in an import, empty for a restore),
 * so a refusal names the field the way the caller wrote it. `followUpIds`: the follow-up ids the
 * caller's write has given so far, whose rows a bulk write may not have inserted yet (`writeInChunks`).
 */
export function importEventEntry(ctx: Ctx, entry: Entry, prefix: string, followUpIds = new Set<string>()): string {
  const at = (path: string) => (prefix ? `${prefix}.${path}` : path);
  // Checked here rather than left to the UNIQUE constraint, so the error names the field, not "internal".
  if (entry.event.id && eventExists(ctx, entry.event.id)) throw ApiError.invalid(at('event.id'), `an event with id ${entry.event.id} already exists`);
  const { id, seq, parts } = insertEvent(ctx, bodyOf(entry.event), { id: entry.event.id, createdAt: entry.createdAt, updatedAt: entry.updatedAt });
  const followUps: IndexParts['followUps'] = [];
  entry.followUps.forEach((f, j) => {
    const due = f.due ? { kind: 'date' as const, date: f.due } : f.window ? { kind: 'window' as const, ...f.window } : null;
    if (!due) throw ApiError.invalid(at(`followUps[${j}].due`), 'is required (or a window from–to)');
    if (due.kind === 'window' && due.to < due.from) throw ApiError.invalid(at(`followUps[${j}].window.to`), `${due.to} is before the window's start ${due.from}`);
    if (followUpIds.has(f.id) || followUpExists(ctx, f.id)) throw ApiError.invalid(at(`followUps[${j}].id`), `a follow-up with id ${f.id} already exists`);
    followUpIds.add(f.id);
    insertFollowUp(ctx, id, { ...f, due }, followUps);
  });
  insertIndexRow(ctx, seq, { ...parts, followUps });
  return id;
}

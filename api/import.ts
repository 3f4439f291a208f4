import { ApiError } from '../core/errors.ts';
import type { ExportFileParsed } from '../core/export-format.ts';
import type { Ctx } from '../db/context.ts';
import { bodyOf, insertEvent } from '../db/events.ts';
import { insertFollowUp } from '../db/followups.ts';
import { indexEvent } from '../db/search.ts';

type Entry = ExportFileParsed['events'][number];

/** Writes one exported event back with its ids, timestamps and follow-ups; the caller owns the transaction. */
export function importEventEntry(ctx: Ctx, entry: Entry, field: string): string {
  const { id, seq } = insertEvent(ctx, bodyOf(entry.event), { id: entry.event.id, createdAt: entry.createdAt, updatedAt: entry.updatedAt });
  entry.followUps.forEach((f, j) => {
    const due = f.due ? { kind: 'date' as const, date: f.due } : f.window ? { kind: 'window' as const, ...f.window } : null;
    if (!due) throw ApiError.invalid(`${field}.followUps[${j}].due`, 'is required (or a window from–to)');
    if (due.kind === 'window' && due.to < due.from) throw ApiError.invalid(`${field}.followUps[${j}].window.to`, `${due.to} is before the window's start ${due.from}`);
    insertFollowUp(ctx, id, { ...f, due });
  });
  indexEvent(ctx, seq);
  return id;
}

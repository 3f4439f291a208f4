import type { ExportDocument, ExportFollowUp } from '../core/export-format.ts';
import type { FollowUp } from '../core/records.ts';
import type { Ctx } from '../db/context.ts';
import { bodyOfEvent, getEvent } from '../db/events.ts';

/** Drops null and undefined members so what we write reads back through the input schemas. */
export function compact<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;
}

export function exportFollowUp(f: FollowUp): ExportFollowUp {
  return compact({
    id: f.id,
    title: f.title,
    due: f.due.kind === 'date' ? f.due.date : undefined,
    window: f.due.kind === 'window' ? { from: f.due.from, to: f.due.to } : undefined,
    wording: f.wording ?? undefined,
    place: f.place ? compact({ name: f.place.name, country: f.place.country ?? undefined }) : undefined,
    notes: f.notes || undefined,
    status: f.status,
    snoozedUntil: f.snoozedUntil ?? undefined,
    doneByEventId: f.doneByEventId ?? undefined,
    doneAt: f.doneAt ?? undefined,
    createdAt: f.createdAt,
    updatedAt: f.updatedAt,
  });
}

/** One event whole, in the export's form: what delete returns for undo and export writes. */
export function exportEvent(ctx: Ctx, id: string): ExportDocument['events'][number] {
  const e = getEvent(ctx, id);
  const b = bodyOfEvent(e);
  return {
    event: compact({
      id: e.id,
      ...b,
      place: b.place ? compact({ ...b.place }) : undefined,
      people: b.people.map((p) => compact({ ...p })),
      sources: b.sources.map((s) => compact({ ...s })),
      summary: b.summary || undefined,
      sourceText: b.sourceText || undefined,
    }) as ExportDocument['events'][number]['event'],
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    followUps: e.followUps.map(exportFollowUp),
  };
}

/**
 * Saving an edited event: the event's own fields in one `events.update`, then each follow-up
 * through its own methods (created, edited, rescheduled, cancelled), because follow-ups have a
 * life of their own (snoozed, done) that a wholesale replace would erase.
 */
import { ApiError } from '../../../core/errors.ts';
import type { FieldIssue } from '../../../core/errors.ts';
import type { Event } from '../../../core/records.ts';
import { api } from '../api.ts';
import type { EventDraft, FollowUpRow } from './draft.ts';
import { dueInput, followUpInput, followUpRow, toPatch } from './draft.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

async function saveFollowUp(eventId: string, row: FollowUpRow, before: FollowUpRow | undefined): Promise<FollowUpRow> {
  if (!row.id) {
    const { id: _none, ...input } = followUpInput(row);
    const created = await api.invoke('followUps.create', { eventId, ...input });
    return { ...row, id: created.id };
  }
  // A follow-up created earlier in a save that then failed has no "before": it is already as typed.
  if (!before) return row;
  if (row.title !== before.title || row.wording !== before.wording || row.place !== before.place) {
    await api.invoke('followUps.update', { id: row.id, title: row.title, wording: row.wording, place: row.place.trim() ? row.place : null });
  }
  if (!same(dueInput(row), dueInput(before))) {
    await api.invoke('followUps.reschedule', { id: row.id, ...dueInput(row), ...(row.wording.trim() ? { wording: row.wording } : {}) });
  }
  return row;
}

/**
 * Returns the saved event, or throws an ApiError whose issues name the form's fields
 * (`followUps[1].window.to`). `onProgress` receives the rows with the ids of follow-ups
 * already created, so retrying after a failure never creates them twice.
 */
export async function saveEdits(eventId: string, original: Event, draft: EventDraft, onProgress: (rows: FollowUpRow[]) => void): Promise<Event> {
  await api.invoke('events.update', toPatch(draft, eventId));
  const originals = new Map(original.followUps.map((f) => [f.id, followUpRow(f)]));
  const rows = [...draft.followUps];
  const issues: FieldIssue[] = [];
  for (const [i, row] of rows.entries()) {
    if (row.status !== 'open') continue;
    try {
      rows[i] = await saveFollowUp(eventId, row, row.id ? originals.get(row.id) : undefined);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const prefix = `followUps[${i}]`;
      const own = e.issues.length ? e.issues : [{ field: '', problem: e.message }];
      issues.push(...own.map((is) => ({ field: is.field ? `${prefix}.${is.field}` : prefix, problem: is.problem })));
    }
  }
  const kept = new Set(rows.flatMap((r) => (r.id ? [r.id] : [])));
  for (const f of original.followUps) {
    if (f.status === 'open' && !kept.has(f.id)) await api.invoke('followUps.cancel', { id: f.id });
  }
  onProgress(rows);
  if (issues.length) throw new ApiError('invalid_input', issues.map((i) => `${i.field}: ${i.problem}`).join('; '), issues);
  return api.invoke('events.get', { id: eventId });
}

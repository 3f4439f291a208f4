import { ApiError } from '../core/errors.ts';
import type { Due } from '../core/records.ts';
import type { FollowUpInlineInput } from '../core/schemas.ts';
import { proposeWindow } from '../core/vague.ts';
import type { NewFollowUp } from '../db/followups.ts';

/**
 * A follow-up's due date from what was given: a date, a window, or only the wording
 * ("dans les prochaines semaines"), read relative to the event's date.
 */
export function dueFrom(v: { due?: string | undefined; window?: { from: string; to: string } | undefined; wording?: string | undefined }, eventDate: string, field: string): Due {
  if (v.due) return { kind: 'date', date: v.due };
  if (v.window) return { kind: 'window', from: v.window.from, to: v.window.to };
  const proposed = v.wording ? proposeWindow(v.wording, eventDate) : null;
  // A top-level follow-up (followUps.create) has no prefix: its field is plain `due`.
  if (!proposed) throw ApiError.invalid(field ? `${field}.due` : 'due', `is required: "${v.wording ?? ''}" does not say when`);
  return { kind: 'window', from: proposed.from, to: proposed.to };
}

export function newFollowUp(f: FollowUpInlineInput, eventDate: string, field: string): NewFollowUp {
  return { id: f.id, title: f.title, due: dueFrom(f, eventDate, field), wording: f.wording, place: f.place, notes: f.notes };
}

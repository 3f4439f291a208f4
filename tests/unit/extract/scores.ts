/** Precision and recall per field of extracted drafts against expected ones. */
import { fold } from '../../../core/text.ts';
import type { EventInputRaw } from '../../../core/schemas.ts';

export const FIELDS = ['date', 'place', 'kind', 'countries', 'organisations', 'people', 'titles', 'topics', 'followUps', 'followUpWindows'] as const;
export type Field = (typeof FIELDS)[number];
export interface Tally { tp: number; fp: number; fn: number }

const placeKey = (p: EventInputRaw['place']) => (p === undefined ? [] : typeof p === 'string' ? [fold(p)] : [`${fold(p.name)}|${p.country ?? ''}`]);

function keys(d: EventInputRaw, field: Field): string[] {
  switch (field) {
    case 'date': return [`${d.date}|${d.precision ?? 'day'}`];
    case 'place': return placeKey(d.place);
    case 'kind': return [d.kind ?? 'meeting'];
    case 'countries': return d.countries ?? [];
    case 'organisations': return d.organisations ?? [];
    case 'people': return (d.people ?? []).map((p) => fold(p.name));
    case 'titles': return (d.people ?? []).filter((p) => p.title).map((p) => `${fold(p.name)}|${fold(p.title!)}`);
    case 'topics': return (d.topics ?? []).map((t) => fold(t));
    case 'followUps': return (d.followUps ?? []).map((f) => fold(f.wording ?? f.due ?? ''));
    case 'followUpWindows': return (d.followUps ?? []).map((f) => (f.window ? `${f.window.from}..${f.window.to}` : f.due ?? ''));
  }
}

export function score(got: EventInputRaw, expected: EventInputRaw, field: Field): Tally {
  const g = new Set(keys(got, field));
  const e = new Set(keys(expected, field));
  let tp = 0;
  for (const k of g) if (e.has(k)) tp++;
  return { tp, fp: g.size - tp, fn: e.size - tp };
}

export const precision = (t: Tally) => (t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp));
export const recall = (t: Tally) => (t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn));

export function table(totals: Record<Field, Tally>): string {
  const rows = FIELDS.map((f) => {
    const t = totals[f];
    return `${f.padEnd(16)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)} ${String(t.fn).padStart(4)}   ${precision(t).toFixed(2)}      ${recall(t).toFixed(2)}`;
  });
  return ['field              tp   fp   fn   precision  recall', ...rows].join('\n');
}

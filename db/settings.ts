import type { Settings } from '../core/records.ts';
import { NO_FILTERS } from '../core/timeline-filters.ts';
import { type Ctx, sql } from './context.ts';

export const DEFAULT_SETTINGS: Settings = { language: 'system', reminderTime: '09:00', notifications: true, timelineFilters: NO_FILTERS };

export function getSettings(ctx: Ctx): Settings {
  const rows = sql<{ key: string; value: string }>(ctx.db, 'SELECT key, value FROM settings').all();
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  return { ...DEFAULT_SETTINGS, ...pick(stored) };
}

function pick(stored: Record<string, unknown>): Partial<Settings> {
  const out: Partial<Settings> = {};
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (key in stored) Object.assign(out, { [key]: stored[key] });
  }
  return out;
}

export function updateSettings(ctx: Ctx, patch: Partial<Settings>): Settings {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    sql(ctx.db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
  }
  return getSettings(ctx);
}

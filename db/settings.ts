import type { Settings } from '../core/records.ts';
import { settingsPatch } from '../core/schemas.ts';
import { NO_FILTERS } from '../core/timeline-filters.ts';
import { type Ctx, sql } from './context.ts';

export const DEFAULT_SETTINGS: Settings = { language: 'system', reminderTime: '09:00', notifications: true, timelineFilters: NO_FILTERS };

export function getSettings(ctx: Ctx): Settings {
  const rows = sql<{ key: string; value: string }>(ctx.db, 'SELECT key, value FROM settings').all();
  return { ...DEFAULT_SETTINGS, ...pick(rows) };
}

/**
 * The stored values the API would take today; a key without a row (a store from before the
 * setting existed) or with a value no longer valid (written by hand, or by another version) keeps
 * its default, so the page served from them can always be drawn.
 */
function pick(rows: { key: string; value: string }[]): Partial<Settings> {
  const out: Partial<Settings> = {};
  for (const { key, value } of rows) {
    if (!(key in DEFAULT_SETTINGS)) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      continue;
    }
    const checked = settingsPatch.shape[key as keyof Settings].safeParse(parsed);
    if (checked.success && checked.data !== undefined) Object.assign(out, { [key]: checked.data });
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

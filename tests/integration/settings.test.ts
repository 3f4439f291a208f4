/** Settings, store facts and the typed in-process client. */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../api/store.ts';
import { ApiError } from '../../core/errors.ts';
import { LATEST_VERSION } from '../../db/migrations/index.ts';
import { DEFAULT_ORGANISATIONS } from '../../core/organisations.ts';
import { maliRussiaMeeting } from '../helpers/events.ts';
import { openTestStore, type TestStore } from '../helpers/store.ts';

let t: TestStore;
beforeEach(() => {
  t = openTestStore();
});
afterEach(() => t.cleanup());

const NO_FILTERS = { chips: [] };
const senegalSince2025 = { chips: [{ dim: 'countries' as const, value: 'SN', labels: { en: 'Senegal', fr: 'Sénégal' } }], from: '2025-01-01' };

describe('settings', () => {
  it('starts from the defaults', () => {
    expect(t.call('settings.get')).toEqual({ language: 'system', reminderTime: '09:00', notifications: true, timelineFilters: NO_FILTERS });
  });

  it('changes only what is given, and keeps it after reopening the file', () => {
    expect(t.call('settings.update', { language: 'fr', notifications: false })).toEqual({ language: 'fr', reminderTime: '09:00', notifications: false, timelineFilters: NO_FILTERS });
    t.store.close();
    const again = openStore({ file: t.file });
    expect(again.dispatch('settings.get', {})).toEqual({ ok: true, result: { language: 'fr', reminderTime: '09:00', notifications: false, timelineFilters: NO_FILTERS } });
    again.close();
  });

  it('keeps the timeline filters in the store, for every window and the next start, until cleared', () => {
    t.call('settings.update', { language: 'en' });
    expect(t.call('settings.update', { timelineFilters: senegalSince2025 })).toEqual({ language: 'en', reminderTime: '09:00', notifications: true, timelineFilters: senegalSince2025 });
    t.store.close();
    const again = openStore({ file: t.file });
    expect(again.dispatch('settings.get', {})).toMatchObject({ ok: true, result: { language: 'en', timelineFilters: senegalSince2025 } });
    expect(again.dispatch('settings.update', { timelineFilters: {} })).toMatchObject({ ok: true, result: { timelineFilters: NO_FILTERS } });
    again.close();
  });

  it('reads a store from before the filters were a setting (no row for them) as having none', () => {
    t.call('settings.update', { language: 'fr', timelineFilters: senegalSince2025 });
    t.store.close();
    // A store written by the previous version: its settings rows, none for the filters.
    const raw = new Database(t.file);
    raw.prepare("DELETE FROM settings WHERE key = 'timelineFilters'").run();
    expect(raw.prepare('SELECT key FROM settings ORDER BY key').pluck().all()).toEqual(['language']);
    raw.close();
    const again = openStore({ file: t.file });
    expect(again.dispatch('settings.get', {})).toEqual({ ok: true, result: { language: 'fr', reminderTime: '09:00', notifications: true, timelineFilters: NO_FILTERS } });
    again.close();
  });

  it('reads a stored value that is no longer valid (written by hand or another version) as the default', () => {
    t.call('settings.update', { reminderTime: '08:30', timelineFilters: senegalSince2025 });
    t.store.close();
    const raw = new Database(t.file);
    raw.prepare("UPDATE settings SET value = ? WHERE key = 'timelineFilters'").run(JSON.stringify({ chips: 'SN' }));
    raw.prepare("INSERT INTO settings (key, value) VALUES ('language', 'not json')").run();
    raw.close();
    const again = openStore({ file: t.file });
    expect(again.dispatch('settings.get', {})).toEqual({ ok: true, result: { language: 'system', reminderTime: '08:30', notifications: true, timelineFilters: NO_FILTERS } });
    again.close();
  });

  it('refuses bad filters without writing anything', () => {
    t.call('settings.update', { timelineFilters: senegalSince2025 });
    const before = t.checksum();
    const error = t.fail('settings.update', { language: 'en', timelineFilters: { ...senegalSince2025, to: '2024-12-31' } });
    expect(error).toMatchObject({ code: 'invalid_input', issues: [{ field: 'timelineFilters.to', problem: '2024-12-31 is before 2025-01-01' }] });
    expect(t.checksum()).toBe(before);
    expect(t.call('settings.get')).toMatchObject({ language: 'system', timelineFilters: senegalSince2025 });
  });
});

describe('store.info', () => {
  it('reports the path, versions and counts', () => {
    t.call('events.create', maliRussiaMeeting());
    const info = t.call('store.info');
    expect(info).toMatchObject({ path: t.file, schemaVersion: LATEST_VERSION, events: 1, followUps: 1, people: 3, organisations: DEFAULT_ORGANISATIONS.length });
    expect(info.sqliteVersion).toMatch(/^3\.\d+\.\d+$/);
  });
});

describe('localClient', () => {
  it('answers typed results', async () => {
    const event = await t.client.invoke('events.create', maliRussiaMeeting());
    expect(await t.client.invoke('events.get', { id: event.id })).toEqual(event);
  });

  it('throws an ApiError carrying the code and the field', async () => {
    const error = await t.client.invoke('events.create', maliRussiaMeeting({ date: '2025-02-30' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'invalid_input', message: 'date: 2025-02-30 is not a calendar date', issues: [{ field: 'date' }] });
  });
});

describe('write notifications', () => {
  it('tells onWrite after a write commits, and not for reads or refused writes', () => {
    const writes: string[] = [];
    const store = openStore({ file: `${t.dir}/other.sqlite`, onWrite: (m) => writes.push(m) });
    store.dispatch('events.create', maliRussiaMeeting());
    store.dispatch('events.list', {});
    store.dispatch('events.create', { title: '' });
    store.close();
    expect(writes).toEqual(['events.create']);
  });
});

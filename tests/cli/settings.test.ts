import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../api/store.ts';
import type { Settings } from '../../core/records.ts';
import { DB_FILE_NAME } from '../../db/location.ts';
import { CLI_TEST_TIMEOUT, dataDirPerTest, runCli, runJson } from './run-cli.ts';

describe('chancery settings', { timeout: CLI_TEST_TIMEOUT }, () => {
  const data = dataDirPerTest();

  it('shows the defaults, in either language', () => {
    const en = runCli(['settings'], { dataDir: data.dir });
    expect(en.status).toBe(0);
    expect(en.stdout).toBe('Language:         system\nReminder time:    09:00\nNotifications:    on\nTimeline filters: none\n');
    const fr = runCli(['--lang', 'fr', 'settings'], { dataDir: data.dir });
    expect(fr.stdout).toContain('Filtres de la chronologie: aucun\n');
  });

  it('changes what the options say, and the desktop app reads the same', () => {
    const after = runJson<Settings>(['settings', '--language', 'fr', '--reminder-time', '08:30', '--notifications', 'off'], data.dir);
    expect(after).toEqual({ language: 'fr', reminderTime: '08:30', notifications: false, timelineFilters: { chips: [] } });
    const store = openStore({ file: join(data.dir, DB_FILE_NAME) });
    try {
      const got = store.dispatch('settings.get', undefined);
      expect(got.ok && got.result).toEqual(after);
    } finally {
      store.close();
    }
  });

  it('shows and clears the timeline\'s saved filters', () => {
    const store = openStore({ file: join(data.dir, DB_FILE_NAME) });
    const filters = { chips: [{ dim: 'countries', value: 'ML', labels: { en: 'Mali', fr: 'Mali' } }], from: '2025-01-01', to: '2025-06-30' };
    expect(store.dispatch('settings.update', { timelineFilters: filters }).ok).toBe(true);
    store.close();
    expect(runCli(['settings'], { dataDir: data.dir }).stdout).toContain('Timeline filters: Mali, 2025-01-01 to 2025-06-30\n');
    expect(runCli(['--lang', 'fr', 'settings'], { dataDir: data.dir }).stdout).toContain('Filtres de la chronologie: Mali, du 2025-01-01 au 2025-06-30\n');
    expect(runJson<Settings>(['settings', '--clear-filters'], data.dir).timelineFilters).toEqual({ chips: [] });
  });

  it('refuses a bad value naming the option, with exit 2, and changes nothing', () => {
    const before = runJson<Settings>(['settings'], data.dir);
    const time = runCli(['settings', '--language', 'fr', '--reminder-time', '25:00'], { dataDir: data.dir });
    expect(time.status).toBe(2);
    expect(time.stderr).toBe('error: --reminder-time: must be a time of day HH:MM\n');
    const language = runCli(['settings', '--language', 'de'], { dataDir: data.dir });
    expect(language.status).toBe(2);
    expect(language.stderr).toBe('error: --language: must be system, fr or en\n');
    const notifications = runCli(['settings', '--notifications', 'maybe'], { dataDir: data.dir });
    expect(notifications.status).toBe(2);
    expect(notifications.stderr).toBe('error: --notifications: maybe must be on or off\n');
    expect(runJson<Settings>(['settings'], data.dir)).toEqual(before);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportSummary, StoreInfo } from '../../core/records.ts';
import { CLI_TEST_TIMEOUT, runCli, runJson, tempDataDir } from './run-cli.ts';

const extra = {
  title: 'Sommet de la CEDEAO à Abuja',
  kind: 'summit',
  date: '2024-12-15',
  place: { name: 'Abuja', country: 'NG' },
  countries: ['NG', 'SN'],
  organisations: ['CEDEAO'],
  people: [{ name: 'Bola Tinubu', title: 'Président du Nigeria', country: 'NG', role: 'host' }],
  topics: ['retrait des États du Sahel'],
  followUps: [{ title: 'Sommet extraordinaire', due: '2025-01-29' }],
};

describe('chancery export and import', { timeout: CLI_TEST_TIMEOUT }, () => {
  let first: ReturnType<typeof tempDataDir>;
  let second: ReturnType<typeof tempDataDir>;
  beforeEach(() => {
    first = tempDataDir();
    second = tempDataDir();
  });
  afterEach(() => {
    first.remove();
    second.remove();
  });

  it('round-trips: export, import into an empty folder, export again gives the same document', () => {
    runCli(['sample'], { dataDir: first.dir });
    expect(runCli(['add', '-'], { dataDir: first.dir, input: JSON.stringify(extra) }).status).toBe(0);
    const file = join(first.dir, 'export.json');
    const exported = runCli(['export', '--out', file], { dataDir: first.dir });
    expect(exported.status).toBe(0);
    expect(exported.stdout).toBe(`Exported 2 events to ${file}\n`);

    const imported = runJson<ImportSummary>(['import', file], second.dir);
    expect(imported).toMatchObject({ events: 2, followUps: 2 });

    const original = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const again = JSON.parse(runCli(['export'], { dataDir: second.dir }).stdout) as Record<string, unknown>;
    expect({ ...again, exportedAt: undefined }).toEqual({ ...original, exportedAt: undefined });
  });

  it('refuses a document that is not an export, with exit 2, importing nothing', () => {
    const run = runCli(['import', '-'], { dataDir: second.dir, input: JSON.stringify({ format: 'something-else', events: [] }) });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error: format: must be "chancery-export"/);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(runJson<StoreInfo>(['info'], second.dir).events).toBe(0);
  });
});

import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoreInfo } from '../../core/records.ts';
import { CLI_TEST_TIMEOUT, runCli, runJson, tempDataDir } from './run-cli.ts';

const later = { title: 'Visite du ministre nigérien à Ouagadougou', date: '2025-08-02', countries: ['NE', 'BF'] };
const extra = {
  title: 'Sommet de la CEDEAO à Abuja',
  kind: 'summit',
  date: '2024-12-15',
  organisations: ['CEDEAO'],
  followUps: [{ title: 'Sommet extraordinaire', due: '2025-01-29' }],
};

/** The JSON export without its timestamp: equal documents mean equal stores. */
function storeContents(dataDir: string): unknown {
  const run = runCli(['export'], { dataDir });
  expect(run.status).toBe(0);
  return { ...(JSON.parse(run.stdout) as Record<string, unknown>), exportedAt: undefined };
}

describe('chancery backup and restore', { timeout: CLI_TEST_TIMEOUT }, () => {
  let data: ReturnType<typeof tempDataDir>;
  let elsewhere: ReturnType<typeof tempDataDir>;
  const dataFile = () => join(data.dir, 'chancery.sqlite');
  beforeEach(() => {
    data = tempDataDir();
    elsewhere = tempDataDir();
  });
  afterEach(() => {
    data.remove();
    elsewhere.remove();
  });

  it('restores a backup into the data folder: the store equals the original, and the later file is moved aside whole', () => {
    runCli(['sample'], { dataDir: data.dir });
    expect(runCli(['add', '-'], { dataDir: data.dir, input: JSON.stringify(extra) }).status).toBe(0);
    const original = storeContents(data.dir);
    const backup = join(elsewhere.dir, 'copy.sqlite');
    const made = runJson<{ file: string; bytes: number }>(['backup', '--out', backup], data.dir);
    expect(made.file).toBe(backup);
    expect(made.bytes).toBeGreaterThan(0);

    expect(runCli(['add', '-'], { dataDir: data.dir, input: JSON.stringify(later) }).status).toBe(0);
    expect(storeContents(data.dir)).not.toEqual(original);

    const run = runCli(['restore', backup], { dataDir: data.dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const movedAside = /^The previous file was moved to (.+)$/m.exec(run.stdout)?.[1];
    expect(movedAside).toMatch(/chancery\.sqlite\.before-restore-\d{8}-\d{6}$/);
    expect(storeContents(data.dir)).toEqual(original);

    // What was live before the restore is all still there, under its new name.
    const reopened = tempDataDir();
    try {
      copyFileSync(movedAside!, join(reopened.dir, 'chancery.sqlite'));
      if (existsSync(`${movedAside!}-wal`)) copyFileSync(`${movedAside!}-wal`, join(reopened.dir, 'chancery.sqlite-wal'));
      expect(runJson<StoreInfo>(['info'], reopened.dir).events).toBe(3);
    } finally {
      reopened.remove();
    }
  });

  it('refuses to restore a file that is not a Chancery store, with exit 2 and the store unchanged', () => {
    runCli(['sample'], { dataDir: data.dir });
    const before = readFileSync(dataFile());
    const bogus = join(elsewhere.dir, 'bogus.sqlite');
    writeFileSync(bogus, 'this is not a database, only words');
    const run = runCli(['restore', bogus], { dataDir: data.dir });
    expect(run.status).toBe(2);
    expect(run.stderr.startsWith(`error: ${bogus}: is not a `)).toBe(true);
    expect(run.stderr).toMatch(/^[^\n]+\n$/);
    expect(readFileSync(dataFile()).equals(before)).toBe(true);
    expect(runJson<StoreInfo>(['info'], data.dir).events).toBe(1);
  });

  it('requires --out, and refuses to back the store up onto itself', () => {
    runCli(['sample'], { dataDir: data.dir });
    expect(runCli(['backup'], { dataDir: data.dir }).stderr).toBe('error: backup: --out FILE is required (usage: chancery backup --out FILE)\n');
    const onto = runCli(['backup', '--out', dataFile()], { dataDir: data.dir });
    expect(onto.status).toBe(2);
    expect(onto.stderr).toBe(`error: --out: ${dataFile()} is the store itself; choose another file\n`);
    expect(runJson<StoreInfo>(['info'], data.dir).events).toBe(1);
  });

  it('writes the backup into a folder it creates', () => {
    runCli(['sample'], { dataDir: data.dir });
    const nested = join(elsewhere.dir, 'a', 'b', 'copy.sqlite');
    const run = runCli(['backup', '--out', nested], { dataDir: data.dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Backed up .+ to ${nested.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+ bytes\\)\\.\\n$`));
    mkdirSync(join(elsewhere.dir, 'restored'));
    expect(runCli(['restore', nested], { dataDir: join(elsewhere.dir, 'restored') }).stdout).toContain('There was no previous file.');
    expect(storeContents(join(elsewhere.dir, 'restored'))).toEqual(storeContents(data.dir));
  });
});

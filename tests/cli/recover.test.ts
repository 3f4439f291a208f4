import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoreInfo } from '../../core/records.ts';
import { CLI_TEST_TIMEOUT, dataDirPerTest, runCli, runJson } from './run-cli.ts';

const GARBAGE = Buffer.from('Minutes of the meeting, typed into the wrong file by mistake.\n'.repeat(40));

describe('chancery with a data file it cannot use', { timeout: CLI_TEST_TIMEOUT }, () => {
  const data = dataDirPerTest();
  const dataFile = () => join(data.dir, 'chancery.sqlite');

  it('says on one line what is wrong and how to go on, exits 1, and leaves the file byte for byte', () => {
    writeFileSync(dataFile(), GARBAGE);
    const run = runCli(['list'], { dataDir: data.dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^error: [^\n]+\n$/);
    expect(run.stderr).toContain(`${dataFile()} is not a Chancery database: it is not a SQLite file at all.`);
    expect(run.stderr).toContain(`chancery --data-dir ${data.dir} recover --start-fresh`);
    expect(run.stderr).not.toContain('--restore-latest');
    expect(readFileSync(dataFile()).equals(GARBAGE)).toBe(true);
    expect(readdirSync(data.dir)).toEqual(['chancery.sqlite']);
  });

  it('recover --start-fresh moves the bad file aside, unchanged, and the next command works on an empty store', () => {
    writeFileSync(dataFile(), GARBAGE);
    const run = runCli(['recover', '--start-fresh'], { dataDir: data.dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const aside = /^Moved the bad file aside to (.+)$/m.exec(run.stdout)?.[1];
    expect(aside).toMatch(/chancery\.sqlite\.bad-\d{8}-\d{6}$/);
    expect(readFileSync(aside!).equals(GARBAGE)).toBe(true);
    expect(existsSync(dataFile())).toBe(false);

    expect(runCli(['sample'], { dataDir: data.dir }).status).toBe(0);
    expect(runJson<StoreInfo>(['info'], data.dir).events).toBe(1);
  });

  it('offers the latest daily backup, and recover --restore-latest puts it in place', () => {
    runCli(['sample'], { dataDir: data.dir });
    const backups = join(data.dir, 'backups');
    mkdirSync(backups);
    const daily = join(backups, 'chancery-2025-07-01.sqlite');
    expect(runCli(['backup', '--out', daily], { dataDir: data.dir }).status).toBe(0);
    // An older copy that is itself damaged must never be the one chosen.
    writeFileSync(join(backups, 'chancery-2025-06-30.sqlite'), GARBAGE);
    writeFileSync(dataFile(), GARBAGE);
    for (const side of ['-wal', '-shm']) rmSync(dataFile() + side, { force: true });

    const failed = runCli(['due'], { dataDir: data.dir });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('recover --restore-latest (the backup of 2025-07-01)');
    expect(failed.stderr).toContain('recover --start-fresh');

    const run = runJson<{ problem: string; restored: string; movedAside: string }>(['recover', '--restore-latest'], data.dir);
    expect(run).toMatchObject({ problem: 'garbage', restored: daily });
    expect(readFileSync(run.movedAside).equals(GARBAGE)).toBe(true);
    expect(runJson<StoreInfo>(['info'], data.dir).events).toBe(1);
  });

  it('recover leaves a data file that opens fine alone, with exit 2', () => {
    runCli(['sample'], { dataDir: data.dir });
    const before = readFileSync(dataFile());
    const run = runCli(['recover', '--start-fresh'], { dataDir: data.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`error: recover: ${dataFile()} opens fine (or does not exist yet); nothing to recover\n`);
    expect(readFileSync(dataFile()).equals(before)).toBe(true);
  });

  it('recover --restore-latest without any backup says so and changes nothing', () => {
    writeFileSync(dataFile(), GARBAGE);
    const run = runCli(['recover', '--restore-latest'], { dataDir: data.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`error: --restore-latest: there is no usable backup in ${join(data.dir, 'backups')}; use --start-fresh\n`);
    expect(readFileSync(dataFile()).equals(GARBAGE)).toBe(true);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvRecords } from '../safety/csv-parse.ts';
import { CLI_TEST_TIMEOUT, runCli, tempDataDir } from './run-cli.ts';

const BOM = '\uFEFF';

describe('chancery export --format', { timeout: CLI_TEST_TIMEOUT }, () => {
  let data: ReturnType<typeof tempDataDir>;
  beforeEach(() => {
    data = tempDataDir();
    expect(runCli(['sample'], { dataDir: data.dir }).status).toBe(0);
  });
  afterEach(() => data.remove());

  it('csv writes events and follow-ups as two UTF-8 files that start with a BOM and keep the accents', () => {
    const out = join(data.dir, 'events.csv');
    const run = runCli(['export', '--format', 'csv', '--out', out], { dataDir: data.dir });
    expect(run.status).toBe(0);
    const followUpsFile = join(data.dir, 'events.followups.csv');
    expect(run.stdout).toBe(`Exported events to ${out} and follow-ups to ${followUpsFile}\n`);

    const events = readFileSync(out);
    expect([...events.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const eventRows = csvRecords(events.toString('utf8').slice(BOM.length));
    expect(eventRows).toHaveLength(1);
    expect(eventRows[0]).toMatchObject({ title: 'Réunion Mali–Russie à Moscou', date: '2025-06-23', place: 'Moscou', placeCountry: 'RU' });

    const followUps = readFileSync(followUpsFile, 'utf8');
    expect(followUps.startsWith(BOM)).toBe(true);
    expect(csvRecords(followUps.slice(BOM.length))).toMatchObject([
      { title: 'Consultations politiques bilatérales à Bamako', eventTitle: 'Réunion Mali–Russie à Moscou', status: 'open' },
    ]);
  });

  it('csv refuses to run without --out (two tables cannot share standard output), writing nothing', () => {
    const run = runCli(['export', '--format', 'csv'], { dataDir: data.dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('error: --format csv: writes two files, so it needs --out FILE (e.g. --out events.csv)\n');
  });

  it('ics gives a calendar that ical.js reads: the open follow-up as an all-day span with its event in the description', () => {
    const run = runCli(['export', '--format', 'ics'], { dataDir: data.dir });
    expect(run.status).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(run.stdout));
    const entries = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry!.summary).toBe('Consultations politiques bilatérales à Bamako');
    expect(entry!.startDate.isDate).toBe(true);
    expect(entry!.description).toContain('Réunion Mali–Russie à Moscou');
  });

  it('ics with --out writes one file and counts its follow-ups', () => {
    const out = join(data.dir, 'follow-ups.ics');
    const run = runCli(['export', '--format', 'ics', '--out', out], { dataDir: data.dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`Exported 1 open follow-up to ${out}\n`);
    expect(readFileSync(out, 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
  });

  it('json is the default format', () => {
    const plain = JSON.parse(runCli(['export'], { dataDir: data.dir }).stdout) as Record<string, unknown>;
    const explicit = JSON.parse(runCli(['export', '--format', 'json'], { dataDir: data.dir }).stdout) as Record<string, unknown>;
    expect(plain.format).toBe('chancery-export');
    expect({ ...explicit, exportedAt: undefined }).toEqual({ ...plain, exportedAt: undefined });
  });

  it('refuses an unknown format with exit 2, naming the flag', () => {
    const run = runCli(['export', '--format', 'xlsx', '--out', join(data.dir, 'x.xlsx')], { dataDir: data.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('error: --format: xlsx must be json, csv or ics\n');
    expect(existsSync(join(data.dir, 'x.xlsx'))).toBe(false);
  });
});

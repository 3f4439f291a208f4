import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reminders, SearchResult, StoreInfo } from '../../core/records.ts';
import { CLI_TEST_TIMEOUT, runCli, runJson, tempDataDir } from './run-cli.ts';
import type { CliRun } from './run-cli.ts';

// One store loaded once: every test here only reads it, or checks that loading again changes nothing.
describe('chancery sample', { timeout: CLI_TEST_TIMEOUT }, () => {
  let data: ReturnType<typeof tempDataDir>;
  let first: CliRun;
  beforeAll(() => {
    data = tempDataDir();
    first = runCli(['sample'], { dataDir: data.dir });
  }, CLI_TEST_TIMEOUT);
  afterAll(() => data.remove());

  it('loads the Moscow meeting and its follow-up, and says so', () => {
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Loaded the sample: Réunion Mali–Russie à Moscou/);
    expect(runJson<StoreInfo>(['info'], data.dir)).toMatchObject({ events: 1, followUps: 1 });
  });

  it('adds nothing the second time and says it is already loaded', () => {
    const again = runCli(['sample'], { dataDir: data.dir });
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/already loaded/);
    expect(runJson<StoreInfo>(['info'], data.dir).events).toBe(1);
  });

  it.each(['wague', 'Bogdanov', 'souverainete', 'MOSCOU'])('is found by searching %s', (query) => {
    const result = runJson<SearchResult>(['search', query], data.dir);
    expect(result.items.map((h) => h.event.title)).toEqual(['Réunion Mali–Russie à Moscou']);
  });

  it('marks the words that matched with guillemets when stdout is not a terminal', () => {
    const run = runCli(['search', 'wague'], { dataDir: data.dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('23 June 2025  Réunion Mali–Russie à Moscou');
    expect(run.stdout).toMatch(/«Wagué»/);
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('lists the Bamako consultations as due on 1 July 2025', () => {
    const due = runJson<Reminders>(['due', '--at', '2025-07-01'], data.dir);
    const all = [...due.overdue, ...due.today, ...due.upcoming, ...due.later];
    expect(all.map((f) => f.title)).toContain('Consultations politiques bilatérales à Bamako');
    const human = runCli(['due', '--at', '2025-07-01'], { dataDir: data.dir });
    expect(human.stdout).toContain('Follow-ups as of 1 July 2025');
    expect(human.stdout).toContain('24 June 2025 – 4 August 2025 ("dans les prochaines semaines")  Consultations politiques bilatérales à Bamako\n');
  });

  it('shows the event in full, with dates in French under --lang fr', () => {
    const [hit] = runJson<SearchResult>(['search', 'Bogdanov'], data.dir).items;
    const run = runCli(['--lang', 'fr', 'show', hit!.event.id], { dataDir: data.dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('23 juin 2025 · Réunion');
    expect(run.stdout).toContain('Mikhaïl Bogdanov, vice-ministre russe des Affaires étrangères');
    expect(run.stdout).toContain('Hôte');
    expect(run.stdout).toContain('CES (Confédération des États du Sahel)');
    expect(run.stdout).toContain('24 juin 2025 – 4 août 2025 ("dans les prochaines semaines")');
  });
});

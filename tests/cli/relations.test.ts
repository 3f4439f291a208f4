import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TEST_TIMEOUT, runCli, runJson, tempDataDir } from './run-cli.ts';

// One store: the sample meeting plus a phone call five months before it; every test only reads.
describe('chancery relations', { timeout: CLI_TEST_TIMEOUT }, () => {
  let data: ReturnType<typeof tempDataDir>;
  beforeAll(() => {
    data = tempDataDir();
    expect(runCli(['sample'], { dataDir: data.dir }).status).toBe(0);
    const call = join(data.dir, 'call.json');
    writeFileSync(call, JSON.stringify({ title: 'Entretien téléphonique Diop–Lavrov', kind: 'phone_call', date: '2025-01-20', countries: ['ML', 'RU'] }));
    expect(runCli(['add', call], { dataDir: data.dir }).status).toBe(0);
  }, CLI_TEST_TIMEOUT);
  afterAll(() => data.remove());

  it('prints exactly the issue’s JSON shape with --json', () => {
    expect(runJson(['relations', 'ML', 'RU', '--at', '2025-07-01'], data.dir)).toEqual({
      events: 2,
      byKind: { phone_call: 1, meeting: 1 },
      perQuarter: [{ quarter: '2025-Q1', count: 1 }, { quarter: '2025-Q2', count: 1 }, { quarter: '2025-Q3', count: 0 }],
      longestGapDays: 154,
      daysSinceLast: 8,
      followUps: { delivered: 0, open: 1, overdue: 0, dropped: 0 },
      deliveryRate: null,
    });
  });

  it('counts the Bamako consultations overdue after the window, for a delivery rate of 0', () => {
    const r = runJson<{ followUps: unknown; deliveryRate: number }>(['relations', 'ru', 'ml', '--at', '2025-09-01'], data.dir);
    expect(r.followUps).toEqual({ delivered: 0, open: 0, overdue: 1, dropped: 0 });
    expect(r.deliveryRate).toBe(0);
  });

  it('accepts an organisation by its acronym in either language', () => {
    expect(runJson<{ events: number }>(['relations', 'ML', 'CES', '--at', '2025-07-01'], data.dir).events).toBe(1);
    expect(runJson<{ events: number }>(['relations', 'ML', 'aes', '--at', '2025-07-01'], data.dir).events).toBe(1);
  });

  it('writes a short brief for people, in French under --lang fr', () => {
    const en = runCli(['relations', 'ML', 'RU', '--at', '2025-07-01'], { dataDir: data.dir });
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('Mali – Russia, as of 1 July 2025');
    expect(en.stdout).toContain('Shared events: 2 (Phone call 1, Meeting 1)');
    expect(en.stdout).toContain('last contact 8 days ago · longest gap 154 days');
    const fr = runCli(['--lang', 'fr', 'relations', 'ML', 'RU', '--at', '2025-07-01'], { dataDir: data.dir });
    expect(fr.stdout).toContain('Mali – Russie, au 1 juillet 2025');
    expect(fr.stdout).toContain('Suites : 0 tenues, 1 en cours, 0 en retard, 0 abandonnées');
  });

  it('refuses an unknown side with exit status 2, naming it', () => {
    const run = runCli(['relations', 'ML', 'XX'], { dataDir: data.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('error: B: XX is neither a country code nor a known organisation\n');
  });

  it('refuses a bad --at date and a missing side', () => {
    expect(runCli(['relations', 'ML', 'RU', '--at', '2025-02-30'], { dataDir: data.dir }).stderr).toBe('error: --at: 2025-02-30 is not a calendar date\n');
    const missing = runCli(['relations', 'ML'], { dataDir: data.dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/relations: missing the two sides/);
  });
});

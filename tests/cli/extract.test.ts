import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../core/records.ts';
import { CLI_TEST_TIMEOUT, ROOT, dataDirPerTest, runCli, runJson } from './run-cli.ts';

// CI keeps the shared fixtures beside the project.
const ARTICLE = readFileSync(resolve(ROOT, '..', 'shared', 'fixtures', 'article-mali-russie-2025-06-23.fr.txt'), 'utf8');

interface Draft {
  title: string;
  date: string;
  precision?: string;
  place?: { name: string; country?: string };
  countries: string[];
  people: { name: string; title?: string; country?: string; role: string }[];
  followUps: { title: string; window?: { from: string; to: string }; wording?: string; place?: { name: string } }[];
  sourceText: string;
}

describe('chancery extract', { timeout: CLI_TEST_TIMEOUT }, () => {
  const data = dataDirPerTest();

  it('prints the fixture article as a draft that chancery add takes, and the added event is found by search', () => {
    const extracted = runCli(['--json', 'extract', '--ref-date', '2026-01-15'], { dataDir: data.dir, input: ARTICLE });
    expect(extracted.stderr).toBe('');
    expect(extracted.status).toBe(0);
    const draft = JSON.parse(extracted.stdout) as Draft;
    expect(draft).toMatchObject({ date: '2025-06-23', precision: 'day', place: { name: 'Moscou', country: 'RU' }, countries: ['ML', 'RU'] });
    expect(draft.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Abdoulaye Diop', 'Ismaël Wagué', 'Mikhaïl Bogdanov']));
    expect(draft.followUps[0]).toMatchObject({ place: { name: 'Bamako' }, wording: 'dans les prochaines semaines', window: { from: '2025-06-24', to: '2025-08-04' } });
    expect(draft.sourceText).toBe(ARTICLE.replace(/\r\n?/g, '\n'));
    expect(existsSync(join(data.dir, 'chancery.sqlite')), 'extract saves nothing').toBe(false);

    const added = runCli(['--json', 'add', '-'], { dataDir: data.dir, input: extracted.stdout });
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    const { added: [event] } = JSON.parse(added.stdout) as { added: { id: string; title: string }[] };

    const found = runJson<SearchResult>(['search', 'Bogdanov'], data.dir);
    expect(found.items.map((i) => i.event.id)).toEqual([event!.id]);
    expect(found.items[0]!.event.title).toBe(draft.title);
  });

  it('reads a file named on the command line and summarises the draft for a reader, in the language asked', () => {
    const file = resolve(ROOT, '..', 'shared', 'fixtures', 'article-mali-russie-2025-06-23.fr.txt');
    const run = runCli(['--lang', 'fr', 'extract', file], { dataDir: data.dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('texte lu en français');
    expect(run.stdout).toMatch(/Date:\s+23 juin 2025/);
    expect(run.stdout).toMatch(/Lieu:\s+Moscou, Russie/);
    expect(run.stdout).toContain('- Mikhaïl Bogdanov — vice-ministre russe des Affaires étrangères');
    expect(run.stdout).toContain('“dans les prochaines semaines” · Bamako, Mali');
  });

  it('dates a text that gives no date at the reading date, and warns on stderr', () => {
    const run = runCli(['--json', 'extract', '--ref-date', '2025-03-10'], { dataDir: data.dir, input: 'Le ministre a reçu les ambassadeurs pour un échange sur la sécurité régionale.' });
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as Draft).date).toBe('2025-03-10');
    expect(run.stderr).toBe('warning: no date found in the text: the draft is dated 2025-03-10, the reading date\n');
  });

  it('refuses an impossible reading date, naming the option, and prints nothing', () => {
    const run = runCli(['extract', '--ref-date', '2025-02-30'], { dataDir: data.dir, input: ARTICLE });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('error: --ref-date: 2025-02-30 is not a calendar date\n');
  });

  it('refuses empty input with a usage error', () => {
    const run = runCli(['extract'], { dataDir: data.dir, input: '  \n' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('error: standard input: is empty: give the text of an article\n');
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventSummary, Page, StoreInfo } from '../../core/records.ts';
import { CLI_TEST_TIMEOUT, dataDirPerTest, runCli, runJson } from './run-cli.ts';

const talks = {
  title: 'Entretien téléphonique Goïta–Tebboune',
  date: '2025-03-04',
  kind: 'phone_call',
  countries: ['ML', 'DZ'],
  people: [{ name: 'Assimi Goïta', title: 'Président de la Transition', country: 'ML', role: 'participant' }],
  topics: ['sécurité'],
  summary: 'Échange sur la **sécurité** régionale.',
  sources: [{ url: 'https://example.org/article', title: 'Article' }],
  followUps: [{ title: 'Visite à Alger', due: '2025-04-15', place: { name: 'Alger', country: 'DZ' } }],
};
const summit = { title: 'Sommet de la CES', date: '2025-07', place: 'Niamey', organisations: ['CES'] };

describe('chancery add', { timeout: CLI_TEST_TIMEOUT }, () => {
  const data = dataDirPerTest();
  const file = (name: string, value: unknown) => {
    const path = join(data.dir, name);
    writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
    return path;
  };
  const eventCount = () => runJson<StoreInfo>(['info'], data.dir).events;

  it('adds one event from a file holding one object', () => {
    const run = runCli(['add', file('one.json', talks)], { dataDir: data.dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Added 1 event');
    const page = runJson<Page<EventSummary>>(['list'], data.dir);
    expect(page.items).toMatchObject([{ title: talks.title, date: '2025-03-04', kind: 'phone_call', openFollowUps: 1 }]);
  });

  it('adds every event of an array read from standard input', () => {
    const run = runCli(['--json', 'add', '-'], { dataDir: data.dir, input: JSON.stringify([talks, summit]) });
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { added: { title: string; date: string }[] };
    expect(out.added.map((e) => e.title)).toEqual([talks.title, summit.title]);
    expect(out.added[1]!.date).toBe('2025-07-01');
    expect(eventCount()).toBe(2);
  });

  it('adds nothing when one record of the array is bad, and names it on one stderr line', () => {
    const bad = { ...summit, title: 'Date impossible', date: '2025-02-30' };
    const run = runCli(['add', file('batch.json', [talks, summit, talks, bad])], { dataDir: data.dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('error: events[3].date: 2025-02-30 is not a calendar date\n');
    expect(eventCount()).toBe(0);
  });

  it('names a bad nested field by its full path', () => {
    const bad = { ...talks, people: [{ name: 'X', country: 'XX' }] };
    const run = runCli(['add', file('nested.json', [bad])], { dataDir: data.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('error: events[0].people[0].country: XX is not an ISO 3166-1 alpha-2 country code\n');
    expect(eventCount()).toBe(0);
  });

  it('takes back what it added when the store refuses a later record', () => {
    runCli(['add', '-'], { dataDir: data.dir, input: JSON.stringify(talks) });
    const [existing] = runJson<Page<EventSummary>>(['list'], data.dir).items;
    const clash = { ...summit, id: existing!.id };
    const run = runCli(['add', file('clash.json', [summit, clash])], { dataDir: data.dir });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/^error: events\[1\]\.id: [^\n]+\n$/);
    expect(runJson<Page<EventSummary>>(['list'], data.dir).items.map((e) => e.title)).toEqual([talks.title]);
  });

  it('refuses a file that is not JSON with exit 2 and one line', () => {
    const run = runCli(['add', file('broken.json', '{"title": ')], { dataDir: data.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error: .*broken\.json: is not valid JSON \(.+\)\n$/);
  });

  it('refuses a missing file with exit 2', () => {
    const run = runCli(['add', join(data.dir, 'absent.json')], { dataDir: data.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error: .*absent\.json: no such file or folder\n$/);
  });
});

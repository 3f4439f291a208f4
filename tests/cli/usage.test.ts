import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI_TEST_TIMEOUT, ROOT, dataDirPerTest, runCli } from './run-cli.ts';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

/** Exactly one line on stderr, starting `error: `, and no stack trace. */
function expectOneErrorLine(stderr: string): void {
  expect(stderr).toMatch(/^error: [^\n]+\n$/);
  expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
}

describe('chancery command line', { timeout: CLI_TEST_TIMEOUT }, () => {
  const data = dataDirPerTest();

  it('lists every command under --help and exits 0', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    for (const command of ['sample', 'add', 'search', 'due', 'export', 'import', 'list', 'show', 'info', 'settings']) {
      expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
  });

  it('explains one command under COMMAND --help', () => {
    const run = runCli(['due', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: chancery due [--at YYYY-MM-DD] [--within N]');
  });

  it('prints the package version', () => {
    const run = runCli(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${pkg.version}\n`);
  });

  it('refuses an unknown command with exit 2', () => {
    const run = runCli(['frobnicate'], { dataDir: data.dir });
    expect(run.status).toBe(2);
    expectOneErrorLine(run.stderr);
    expect(run.stderr).toContain('unknown command "frobnicate"');
  });

  it('refuses an unknown option with exit 2, naming it', () => {
    const run = runCli(['search', 'mali', '--colour'], { dataDir: data.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('error: --colour: unknown option for chancery search (see chancery search --help)\n');
  });

  it('refuses a missing argument with exit 2', () => {
    const run = runCli(['search'], { dataDir: data.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('error: search: missing QUERY (usage: chancery search QUERY [--limit N])\n');
  });

  it('refuses an impossible --at date with exit 2, naming the flag', () => {
    const run = runCli(['due', '--at', '2025-02-29'], { dataDir: data.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('error: --at: 2025-02-29 is not a calendar date\n');
  });

  it('refuses a --limit that is not a whole number with exit 2', () => {
    const run = runCli(['list', '--limit', 'ten'], { dataDir: data.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('error: --limit: ten is not a whole number\n');
  });

  it('refuses an id that is not one with exit 2, and an unknown id with exit 1', () => {
    const malformed = runCli(['show', 'abc'], { dataDir: data.dir });
    expect(malformed.status).toBe(2);
    expect(malformed.stderr).toBe('error: id: is not a valid id\n');
    const unknown = runCli(['show', '01970000-0000-7000-8000-000000000000'], { dataDir: data.dir });
    expect(unknown.status).toBe(1);
    expectOneErrorLine(unknown.stderr);
  });

  it('refuses a file that is not a Chancery store, with exit 1, and leaves it as it was', () => {
    const file = join(data.dir, 'chancery.sqlite');
    writeFileSync(file, 'these are somebody’s notes, not a database\n'.repeat(200));
    const before = readFileSync(file);
    const run = runCli(['info'], { dataDir: data.dir });
    expect(run.status).toBe(1);
    expectOneErrorLine(run.stderr);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('prints valid JSON for every read command under --json', () => {
    runCli(['sample'], { dataDir: data.dir });
    for (const args of [['info'], ['list'], ['search', 'mali'], ['due', '--at', '2025-07-01'], ['sample'], ['export']]) {
      const run = runCli(['--json', ...args], { dataDir: data.dir });
      expect(run.status, args.join(' ')).toBe(0);
      expect(() => JSON.parse(run.stdout), args.join(' ')).not.toThrow();
    }
  });

  it('tells the user to go through npx when Node cannot run TypeScript', () => {
    const run = spawnSync(process.execPath, ['--no-experimental-strip-types', join(ROOT, 'bin', 'chancery.mjs'), '--help'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expectOneErrorLine(run.stderr);
    expect(run.stderr).toContain('npx chancery');
  });
});

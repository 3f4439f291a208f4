/**
 * Progress lines need a terminal on stderr, which a child process under the test runner never
 * has; so `main` runs in this process, told what `runFromProcess` would find on a terminal.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import type { CliIO } from '../../cli/io.ts';
import { CLI_TEST_TIMEOUT, dataDirPerTest } from './run-cli.ts';

function capture(stdin: string): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (text) => void stdout.push(text),
    err: (text) => void stderr.push(text),
    emphasis: false,
    readStdin: async () => stdin,
    now: () => new Date('2025-07-01T09:00:00Z'),
    env: {},
  };
}

const events = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => ({ title: `Réunion ${i}`, date: '2025-06-23' })));

describe('progress of long imports', { timeout: CLI_TEST_TIMEOUT }, () => {
  const data = dataDirPerTest();

  it('announces an add of more than 5,000 events on a terminal, then prints the summary', async () => {
    const io = capture(events(5_001));
    expect(await main(['--data-dir', data.dir, '--json', 'add', '-'], io, { progress: true })).toBe(0);
    expect(io.stderr).toEqual([
      ...[1, 2, 3, 4, 5].map((k) => `\rImporting ${k},000 / 5,001 events (all or nothing)…`),
      '\rImporting 5,001 / 5,001 events (all or nothing)…\n',
    ]);
    expect((JSON.parse(io.stdout.join('')) as { added: unknown[] }).added).toHaveLength(5_001);
  });

  it('stays silent for the same add when stderr is not a terminal', async () => {
    const io = capture(events(5_001));
    expect(await main(['--data-dir', data.dir, '--json', 'add', '-'], io, { progress: false })).toBe(0);
    expect(io.stderr).toEqual([]);
  });

  it('stays silent for a short add even on a terminal', async () => {
    const io = capture(events(3));
    expect(await main(['--data-dir', data.dir, 'add', '-'], io, { progress: true })).toBe(0);
    expect(io.stderr).toEqual([]);
    expect(io.stdout[0]).toBe('Added 3 events:\n');
  });
});

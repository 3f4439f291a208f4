/** Runs the real `chancery` bin as a child process, the way a user does, against a throw-away data folder. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'chancery.mjs');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], options: { dataDir?: string; input?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const dataArgs = options.dataDir ? ['--data-dir', options.dataDir] : [];
  const result = spawnSync(process.execPath, [BIN, ...dataArgs, ...args], {
    cwd: ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: [join(ROOT, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter),
      NO_COLOR: '1',
      // Never the developer's real store, even if a test forgets --data-dir.
      CHANCERY_DATA_DIR: join(tmpdir(), 'chancery-cli-test-never-used'),
      ...options.env,
    },
    // Generous: a loaded CI machine can take seconds to start Node; a hang still ends.
    timeout: 120_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function runJson<T = unknown>(args: readonly string[], dataDir: string): T {
  const run = runCli(['--json', ...args], { dataDir });
  if (run.status !== 0) throw new Error(`chancery ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

export function tempDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-cli-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh data folder for each test of the calling `describe`, removed after it: read `.dir` inside a test. */
export function dataDirPerTest(): { readonly dir: string } {
  let current: ReturnType<typeof tempDataDir> | undefined;
  beforeEach(() => {
    current = tempDataDir();
  });
  afterEach(() => current?.remove());
  return {
    get dir() {
      if (!current) throw new Error('dataDirPerTest: .dir is read inside a test');
      return current.dir;
    },
  };
}

/** Each test spawns a few Node processes; on a busy machine that outlasts Vitest's default timeout. */
export const CLI_TEST_TIMEOUT = 300_000;

export { ROOT };

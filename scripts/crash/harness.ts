/**
 * The crash harness: runs the writer, SIGKILLs it at a random moment, reopens the file the way
 * the app does and checks it. The same file is reused across iterations, so each run also
 * recovers from every earlier kill.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../api/store.ts';
import { checkStore } from './check.ts';
import { type Ack, LOADED, parseAck, READY } from './protocol.ts';
import { seeded } from './rng.ts';

const WRITER = join(dirname(fileURLToPath(import.meta.url)), 'writer.ts');
/** Writers loading ahead: the load, not the run, is what takes time. */
const WARM = 2;

export interface CrashOptions {
  iterations: number;
  seed?: number;
  /** Folder for the data file; a fresh temporary one (removed after) when absent. */
  dir?: string;
  /** Longest a writer runs after it is ready before the kill, in ms. */
  maxRunMs?: number;
  onIteration?: (i: number, report: CrashReport) => void;
}

export interface CrashReport {
  iterations: number;
  /** Writes the writers acknowledged, over all iterations. */
  acknowledged: number;
  /** Acknowledged writes missing after a kill. */
  lost: number;
  /** Iterations after which the file failed SQLite's integrity check or held a half-written record. */
  corrupt: number;
  seed: number;
  /** What went wrong, one line each; empty when all is well. */
  failures: string[];
}

interface Run {
  acks: Ack[];
  stderr: string;
  signal: NodeJS.Signals | null;
  code: number | null;
}

/**
 * A writer process started ahead of its turn: it loads its modules, then waits for `go`, so
 * the next one loads while the current one runs.
 */
class Writer {
  readonly child: ChildProcess;
  readonly loaded: Promise<void>;
  readonly done: Promise<Run>;
  private readonly acks: Ack[] = [];
  private timer: NodeJS.Timeout | undefined;
  private killAfterMs = 0;

  constructor(file: string) {
    this.child = spawn(process.execPath, [WRITER, file], { stdio: ['pipe', 'pipe', 'pipe'] });
    let pending = '';
    let stderr = '';
    let onLoaded!: () => void;
    this.loaded = new Promise((resolve) => (onLoaded = resolve));
    this.child.stdout!.setEncoding('utf8');
    this.child.stdout!.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      // Only whole lines count: a kill can cut the last one short.
      pending = lines.pop()!;
      for (const line of lines) {
        if (line === LOADED) onLoaded();
        else if (line === READY) this.arm();
        else {
          const ack = parseAck(line);
          if (ack) this.acks.push(ack);
        }
      }
    });
    this.child.stderr!.setEncoding('utf8');
    this.child.stderr!.on('data', (chunk: string) => {
      stderr += chunk;
    });
    this.child.stdin!.on('error', () => {});
    this.done = new Promise((resolve, reject) => {
      this.child.on('error', reject);
      this.child.on('close', (code, signal) => {
        clearTimeout(this.timer);
        onLoaded();
        resolve({ acks: this.acks, stderr, signal, code });
      });
    });
  }

  private arm(): void {
    this.timer ??= setTimeout(() => this.child.kill('SIGKILL'), this.killAfterMs);
  }

  /** Lets it write, and kills it `killAfterMs` after it is ready (or, when `early`, after go). */
  go(seed: number, killAfterMs: number, early: boolean): Promise<Run> {
    this.killAfterMs = killAfterMs;
    this.child.stdin!.end(`go ${seed}\n`);
    if (early) this.arm();
    return this.done;
  }
}

export async function runCrash(options: CrashOptions): Promise<CrashReport> {
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const rng = seeded(seed);
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'chancery-crash-'));
  const file = join(dir, 'chancery.sqlite');
  const report: CrashReport = { iterations: 0, acknowledged: 0, lost: 0, corrupt: 0, seed, failures: [] };
  const acks: Ack[] = [];
  const warm: Writer[] = [];
  try {
    for (let i = 0; i < options.iterations; i++) {
      while (warm.length < Math.min(WARM, options.iterations - i)) warm.push(new Writer(file));
      const writer = warm.shift()!;
      await writer.loaded;
      // Now and then the kill lands during start-up: while the file is created or migrated.
      const early = rng() < 0.15;
      const run = await writer.go(Math.floor(rng() * 2 ** 31), Math.floor(rng() * (early ? 60 : (options.maxRunMs ?? 250))), early);
      report.iterations++;
      if (run.signal !== 'SIGKILL') report.failures.push(`iteration ${i}: the writer stopped by itself (code ${run.code}): ${run.stderr.trim().slice(0, 500)}`);
      acks.push(...run.acks);
      report.acknowledged += run.acks.length;

      let store: ReturnType<typeof openStore> | undefined;
      try {
        store = openStore({ file });
        const result = checkStore(store.ctx.db, acks);
        if (result.integrity !== 'ok' || result.halfWritten.length > 0) {
          report.corrupt++;
          report.failures.push(`iteration ${i}: integrity ${result.integrity}; ${result.halfWritten.slice(0, 5).join('; ')}`);
        }
        if (result.lost.length > 0) {
          report.lost += result.lost.length;
          report.failures.push(`iteration ${i}: lost ${result.lost.slice(0, 5).join('; ')}`);
        }
        // A lost write is reported once, not again at every later iteration.
        const missing = new Set(result.lost.map((l) => l.split(' ')[1]));
        for (let k = acks.length - 1; k >= 0; k--) if (missing.has(acks[k]!.id)) acks.splice(k, 1);
      } catch (err) {
        report.corrupt++;
        report.failures.push(`iteration ${i}: the file could not be reopened: ${(err as Error).message}`);
        break;
      } finally {
        store?.close();
      }
      options.onIteration?.(i, report);
    }
  } finally {
    for (const w of warm) w.child.kill('SIGKILL');
    await Promise.all(warm.map((w) => w.done.catch(() => undefined)));
    if (!options.dir) rmSync(dir, { recursive: true, force: true });
  }
  return report;
}

/**
 * The desktop app's Import…: one export file of every event, into a store the caller holds open,
 * read and written on the calling thread (`data.import` through `dispatch`, as before) and on a
 * worker (`openImport`, as the app does now). Both read the file, write and tidy the store; the
 * figure is the longest the calling thread went without running a timer, which is how long the
 * window could not answer anything. Each way imports into a fresh store.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openImport } from '../api/import-job.ts';
import { openStore } from '../api/store.ts';
import { DB_FILE_NAME } from '../db/location.ts';
import { type Dataset, toExportFile } from './generate.ts';
import { round } from './stats.ts';

export interface ImportThreadFigures {
  events: number;
  /** Longest pause of the calling thread, importing on it. */
  inThreadPauseMs: number;
  /** Longest pause of the calling thread while a worker imports. */
  workerPauseMs: number;
  /** From the file on disk to a tidy store, each way. */
  inThreadMs: number;
  workerMs: number;
}

const WORKER = new URL('../api/file-worker.ts', import.meta.url);
const TICK_MS = 5;

/** Runs `work` while a timer ticks on this thread; answers its duration and the longest gap between ticks. */
async function watchPauses(work: () => Promise<void>): Promise<{ ms: number; pauseMs: number }> {
  let last = performance.now();
  let pauseMs = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    pauseMs = Math.max(pauseMs, now - last);
    last = now;
  }, TICK_MS);
  const started = performance.now();
  try {
    // A turn of the loop first, so the ticker has started before the work can hold the thread.
    await new Promise((resolve) => setTimeout(resolve, TICK_MS * 2));
    await work();
    const ms = performance.now() - started - TICK_MS * 2;
    await new Promise((resolve) => setTimeout(resolve, TICK_MS * 2));
    return { ms, pauseMs: Math.max(pauseMs, performance.now() - last) };
  } finally {
    clearInterval(ticker);
  }
}

export async function benchImportThread(dir: string, data: Dataset): Promise<ImportThreadFigures> {
  mkdirSync(dir, { recursive: true });
  const source = join(dir, 'export.json');
  writeFileSync(source, JSON.stringify(toExportFile(data)));
  const fresh = (way: string) => openStore({ file: join(dir, way, DB_FILE_NAME) });
  const expectOk = (ok: boolean, way: string) => {
    if (!ok) throw new Error(`the ${way} import failed`);
  };
  try {
    const inThread = fresh('in-thread');
    const a = await watchPauses(async () => {
      // As the app did: the file read without holding the thread, then parsed and written on it.
      const text = await readFile(source, 'utf8');
      expectOk(inThread.dispatch('data.import', JSON.parse(text)).ok, 'in-thread');
      await inThread.settled();
    });
    inThread.close();

    const held = fresh('worker');
    const b = await watchPauses(async () => {
      const session = openImport({ store: held.file, source }, WORKER);
      expectOk((await session.read).ok, 'worker');
      const release = held.hold('an import is being written');
      try {
        expectOk((await session.write()).ok, 'worker');
      } finally {
        release();
      }
    });
    held.close();
    return { events: data.events.length, inThreadPauseMs: round(a.pauseMs, 0), workerPauseMs: round(b.pauseMs, 0), inThreadMs: round(a.ms, 0), workerMs: round(b.ms, 0) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

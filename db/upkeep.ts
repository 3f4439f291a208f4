import { statSync } from 'node:fs';
import type { Ctx } from './context.ts';
import { mergeIndexStep } from './search-index.ts';

/** Quiet time after the last write before the store tidies up: a burst of saves never waits for it. */
const IDLE_MS = 400;
/** After opening: the window's first requests are served before any tidying starts. */
const AFTER_OPEN_MS = 3_000;
/** Leaf pages merged per step; a step is a few milliseconds, and requests are served between steps. */
const MERGE_PAGES = 200;
/** A writer that is never idle still checkpoints once the log reaches this size (on its write, rarely). */
const WAL_CAP_BYTES = 64 * 1024 * 1024;
/** What the log file is cut back to once checkpointed. */
const LOG_KEPT_BYTES = 4 * 1024 * 1024;
/** What closing may spend merging, so a command-line user's index gets merged too. */
const CLOSE_BUDGET_MS = 200;

export interface Upkeep {
  /** Called after each write has committed. */
  afterWrite(): void;
  /** Resolves once a quiet moment found nothing left to do; keeps the process alive until then. */
  settled(): Promise<void>;
  /** Finishes what can be finished quickly and checkpoints everything; before the connection closes. */
  close(): void;
  /**
   * Puts the tidying off until the returned resume is called (once): another connection is writing
   * the file (an import in a worker thread), and a merge here would wait on its lock, holding this thread.
   */
  pause(): () => void;
}

/** A guest connection's (api/store.ts `guest`): it never tidies; the connection that owns the file does. */
export const NO_UPKEEP: Upkeep = {
  afterWrite() {},
  settled: () => Promise.resolve(),
  close() {},
  pause: () => () => {},
};

/**
 * Keeps the two kinds of housekeeping SQLite and FTS5 would otherwise do on whichever write
 * crossed a threshold off the save path: copying the write-ahead log back into the file
 * (`wal_autocheckpoint` is off on the store's connection) and merging the index's segments
 * (automerge is off, migration 004). Both run once writes have been quiet for a moment, in small
 * steps on timers that never keep the process alive, and on close.
 */
export function createUpkeep(ctx: Ctx, file: string, options: { idle: boolean }): Upkeep {
  const { db } = ctx;
  db.pragma('wal_autocheckpoint = 0');
  // A checkpoint does not shrink the log file, so its size alone would read "over the cap" on
  // every write after the first big one (each then paid for a checkpoint: 8 ms saves). With a
  // size limit SQLite cuts the file back when the log restarts, so its size tracks what is in it.
  db.pragma(`journal_size_limit = ${LOG_KEPT_BYTES}`);
  let timer: NodeJS.Timeout | undefined;
  let waiting: (() => void)[] = [];
  let pauses = 0;

  const walBytes = () => statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0;
  const checkpoint = (mode: 'PASSIVE' | 'TRUNCATE') => db.pragma(`wal_checkpoint(${mode})`);

  function later(ms: number): void {
    clearTimeout(timer);
    timer = setTimeout(step, ms);
    // Never what keeps an app or a command alive, unless somebody waits for the upkeep to finish.
    if (waiting.length === 0) timer.unref();
  }

  function done(): void {
    const resolve = waiting;
    waiting = [];
    for (const r of resolve) r();
  }

  // One step: a bounded merge in its own transaction; once nothing is left to merge, a checkpoint.
  function step(): void {
    timer = undefined;
    if (!db.open) return done();
    if (db.inTransaction || pauses > 0) return later(IDLE_MS);
    try {
      if (db.transaction(() => mergeIndexStep(ctx, MERGE_PAGES))()) {
        // A long merge (merging into one segment rewrites the whole index: ~120 MB of log at
        // 100,000 events) is checkpointed as it goes, so no step holds the process for a whole
        // log's copy (1.4 s for that one).
        if (walBytes() > LOG_KEPT_BYTES) checkpoint('PASSIVE');
        return later(0);
      }
      checkpoint('PASSIVE');
    } catch {
      // Busy with another program's write, or the disk is full: the next quiet moment tries again.
    }
    done();
  }

  // What an earlier session or a command-line import left unmerged is tidied once the app has started.
  if (options.idle) later(AFTER_OPEN_MS);

  return {
    afterWrite() {
      if (walBytes() > WAL_CAP_BYTES) checkpoint('PASSIVE');
      if (options.idle) later(IDLE_MS);
    },
    settled() {
      if (timer === undefined) return Promise.resolve();
      timer.ref();
      return new Promise((resolve) => waiting.push(resolve));
    },
    close() {
      clearTimeout(timer);
      timer = undefined;
      if (!db.open) return;
      try {
        const until = performance.now() + CLOSE_BUDGET_MS;
        while (performance.now() < until && db.transaction(() => mergeIndexStep(ctx, MERGE_PAGES))());
        checkpoint('TRUNCATE');
      } catch {
        // Closing still closes; SQLite checkpoints what it can as the last connection goes.
      }
      done();
    },
    pause() {
      pauses++;
      return () => {
        pauses--;
      };
    },
  };
}

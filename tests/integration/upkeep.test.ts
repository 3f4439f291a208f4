/**
 * Saves leave checkpoints and index merges to the store's quiet moments (db/upkeep.ts): once
 * writes stop, the data file alone holds them and the index is merged; closing does the same.
 */
import { copyFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { plainEvent } from '../helpers/events.ts';
import { openTestStore, tempDir, type TestStore } from '../helpers/store.ts';

let t: TestStore;
beforeEach(() => {
  t = openTestStore();
});
afterEach(() => t.cleanup());

const saveMany = (n: number) => {
  for (let i = 0; i < n; i++) t.call('events.create', plainEvent(`Consultations politiques ${i}`, `2025-06-${String((i % 28) + 1).padStart(2, '0')}`));
};

/** The events a copy of the data file alone holds, without its log: what a checkpoint has put there. */
function eventsInDataFileAlone(): number {
  const copy = join(tempDir(), 'copy.sqlite');
  copyFileSync(t.file, copy);
  const db = new Database(copy, { readonly: true });
  try {
    // A new store's very tables may still be only in the log.
    if (!db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'events'").get()) return 0;
    return (db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

// Each save writes its own small index segment; merged, many become few (rows of events_fts_data).
const indexRows = () => (t.store.ctx.db.prepare('SELECT count(*) AS n FROM events_fts_data').get() as { n: number }).n;

it('writes nothing back during a burst of saves, then checkpoints and merges once they stop', async () => {
  saveMany(40);
  expect(eventsInDataFileAlone()).toBe(0);
  const rowsAfterBurst = indexRows();
  // The upkeep waits for 400 ms without writes; a loaded machine may run its timer late.
  await vi.waitFor(() => expect(eventsInDataFileAlone()).toBe(40), { timeout: 10_000, interval: 100 });
  expect(indexRows()).toBeLessThan(rowsAfterBurst);
  expect(t.call('search', { query: 'consultations' }).total).toBe(40);
});

it('checkpoints on close, so a closed store is one self-contained file', () => {
  saveMany(10);
  t.store.close();
  expect(statSync(`${t.file}-wal`, { throwIfNoEntry: false })?.size ?? 0).toBe(0);
  expect(eventsInDataFileAlone()).toBe(10);
});

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

// FTS5 keeps a row per leaf page that starts a term, by segment: the distinct segments of the index.
const segments = () => t.store.ctx.db.prepare('SELECT count(DISTINCT segid) FROM events_fts_idx').pluck().get() as number;
// Each event brings words of its own, so a batch's segment grows with it.
const summary = (i: number) => Array.from({ length: 12 }, (_, k) => `mot${(i * 12 + k).toString(36)}`).join(' ');
const batch = (label: string, n: number) => ({ events: Array.from({ length: n }, (_, i) => plainEvent(`Réunion ${label} ${i}`, '2025-06-02', { summary: summary(i) })) });

it('leaves the index segments of bulk writes to the quiet moment after them, which merges them into one', async () => {
  t.call('events.createMany', batch('a', 40));
  t.call('events.createMany', batch('b', 40));
  expect(segments()).toBe(2);
  await t.store.settled();
  expect(segments()).toBe(1);
  expect(t.call('search', { query: 'réunion', limit: 5 }).total).toBe(80);
});

it('does not rewrite a big index for a small segment beside it', async () => {
  t.call('events.createMany', batch('a', 300));
  await t.store.settled();
  t.call('events.create', plainEvent('Réunion de suivi', '2025-06-03'));
  await t.store.settled();
  expect(segments()).toBe(2);
  expect(t.call('search', { query: 'réunion', limit: 5 }).total).toBe(301);
});

it('gives a bulk write a bigger page cache for its transaction only, even when it fails', () => {
  const cacheKib = () => -(t.store.ctx.db.pragma('cache_size', { simple: true }) as number);
  const normal = cacheKib();
  t.call('events.createMany', batch('a', 5));
  expect(cacheKib()).toBe(normal);
  t.fail('events.createMany', { events: [plainEvent('Réunion', '2025-06-02'), { title: '' }] });
  expect(cacheKib()).toBe(normal);
});

it('settles at once when there is nothing to do, and after closing', async () => {
  await t.store.settled();
  await t.store.settled();
  t.store.close();
  await t.store.settled();
});

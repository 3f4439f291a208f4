/**
 * Export… on the file worker (api/export-job.ts): a guest connection reads the store the test
 * holds open, the worker writes the files whole, and the store's own upkeep is left to it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { exportInWorker } from '../../api/export-job.ts';
import { plainEvent } from '../helpers/events.ts';
import { openTestStore, type TestStore } from '../helpers/store.ts';

const WORKER = new URL('../../api/file-worker.ts', import.meta.url);

let t: TestStore;
beforeEach(() => {
  t = openTestStore();
  for (let i = 1; i <= 12; i++) t.call('events.create', plainEvent(`Consultations politiques ${i}`, `2025-06-${String(i).padStart(2, '0')}`));
});
afterEach(() => t.cleanup());

// Each save leaves an index segment of its own until the owner's quiet-time upkeep merges them.
const indexRows = () => (t.store.ctx.db.prepare('SELECT count(*) AS n FROM events_fts_data').get() as { n: number }).n;

it('writes the whole record as JSON from a worker, leaving the merging and the log to the store that owns them', async () => {
  // The owner's upkeep paused (a hold), so any merge or checkpoint meanwhile would be the guest's.
  const release = t.store.hold('paused for the test');
  const rows = indexRows();
  const wal = readFileSync(`${t.file}-wal`).length;
  const target = join(t.dir, 'record.json');
  expect(await exportInWorker({ store: t.file, target }, WORKER)).toEqual({ ok: true, files: [target] });
  release();
  const doc = JSON.parse(readFileSync(target, 'utf8'));
  expect(doc.format).toBe('chancery-export');
  expect(doc.events).toHaveLength(12);
  expect(indexRows()).toBe(rows);
  expect(readFileSync(`${t.file}-wal`).length).toBe(wal);
});

it('writes the two CSV files a spreadsheet opens, named from the chosen one', async () => {
  const target = join(t.dir, 'Sheet.CSV');
  expect(await exportInWorker({ store: t.file, target }, WORKER)).toEqual({ ok: true, files: [join(t.dir, 'Sheet.csv'), join(t.dir, 'Sheet.followups.csv')] });
  expect(readFileSync(join(t.dir, 'Sheet.csv'), 'utf8')).toContain('Consultations politiques 12');
});

it('says why nothing was written when the folder is missing, leaving no temporary file', async () => {
  const answer = await exportInWorker({ store: t.file, target: join(t.dir, 'missing', 'record.json') }, WORKER);
  expect(answer).toEqual({ ok: false, message: expect.stringContaining('ENOENT') });
  expect(readdirSync(t.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});

it('answers an error, not a hang, when the worker dies', async () => {
  const target = join(t.dir, 'record.json');
  const answer = await exportInWorker({ store: t.file, target }, new URL('data:text/javascript,throw new Error("out of memory")'));
  expect(answer).toEqual({ ok: false, message: 'the export stopped: out of memory' });
  expect(existsSync(target)).toBe(false);
});

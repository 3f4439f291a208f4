/**
 * An import read and written by a worker thread on its own connection (api/import-job.ts), into
 * a real file the test's store holds open meanwhile, as the desktop app's main thread does.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { generateDataset, toExportFile } from '../../bench/generate.ts';
import { type ImportProgress, openImport } from '../../api/import-job.ts';
import type { Envelope } from '../../core/errors.ts';
import { plainEvent } from '../helpers/events.ts';
import { openTestStore, type TestStore } from '../helpers/store.ts';

const WORKER = new URL('../../api/file-worker.ts', import.meta.url);
const HELD = 'an import is being written; try again when it ends';

let t: TestStore;
beforeEach(() => {
  t = openTestStore();
  t.call('events.create', plainEvent('Consultations politiques à Bamako', '2025-06-23'));
});
afterEach(() => t.cleanup());

/** An export file of `count` generated events in the test's folder, edited by `change` first. */
function exportFile(count: number, change: (doc: ReturnType<typeof toExportFile>) => void = () => {}): string {
  const doc = toExportFile(generateDataset(count));
  change(doc);
  const file = join(t.dir, `export-${count}.json`);
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

const eventTotal = () => t.call('store.info').events;
const importOf = (source: string) => openImport({ store: t.file, source }, WORKER);

it('reads the file, then writes it on its own thread while this one reads the store and refuses writes', async () => {
  const session = importOf(exportFile(2_100));
  expect(await session.read).toEqual({ ok: true, count: 2_100 });
  const release = t.store.hold(HELD);
  const seen: ImportProgress[] = [];
  let whileWriting: { read: number; write: Envelope<unknown> } | null = null;
  const answer = await session.write((progress) => {
    seen.push(progress);
    // Read as the worker writes: served, and never a part of the import (before its commit, none).
    whileWriting ??= { read: eventTotal(), write: t.store.dispatch('events.create', plainEvent('Sommet', '2025-06-24')) };
  });
  release();

  expect(answer).toEqual({ ok: true, result: expect.objectContaining({ events: 2_100 }) });
  expect(whileWriting!.write).toEqual({ ok: false, error: { code: 'store_unavailable', message: HELD, issues: [] } });
  expect([1, 2_101]).toContain(whileWriting!.read);
  expect(seen).toEqual([
    { phase: 'writing', done: 1_000, total: 2_100 },
    { phase: 'writing', done: 2_000, total: 2_100 },
    { phase: 'writing', done: 2_100, total: 2_100 },
    { phase: 'tidying' },
  ]);
  expect(eventTotal()).toBe(2_101);
  // Released: writes go through again, and the worker's events are found by search.
  expect(t.call('events.create', plainEvent('Sommet', '2025-06-24')).title).toBe('Sommet');
  expect(t.call('search', { query: 'Bamako', limit: 5 }).total).toBeGreaterThan(1);
});

it('writes nothing when told to stop after reading', async () => {
  const before = t.checksum();
  const session = importOf(exportFile(30));
  expect(await session.read).toEqual({ ok: true, count: 30 });
  await session.stop();
  expect(t.checksum()).toBe(before);
});

it('refuses the whole file when one event is wrong, naming the field, and leaves the store as it was', async () => {
  const before = t.checksum();
  const session = importOf(exportFile(30, (doc) => {
    doc.events[7]!.event.date = '2025-02-30';
  }));
  expect(await session.read).toEqual({ ok: true, count: 30 });
  const answer = await session.write();
  expect(answer.ok).toBe(false);
  if (answer.ok) return;
  expect(answer.error.code).toBe('invalid_input');
  expect(answer.error.message).toMatch(/^events\[7\]\.event\.date: /);
  expect(t.checksum()).toBe(before);
});

it('says a file is not JSON, not an export, or not there, before anything is asked', async () => {
  const before = t.checksum();
  const notJson = join(t.dir, 'cut.json');
  writeFileSync(notJson, '{"format": "chancery-export", ');
  const notExport = join(t.dir, 'list.json');
  writeFileSync(notExport, '[1, 2]');
  expect(await importOf(notJson).read).toEqual({ ok: false, problem: 'not-json', detail: expect.any(String) });
  expect(await importOf(notExport).read).toEqual({ ok: false, problem: 'not-export', detail: 'it has no list of events' });
  expect(await importOf(join(t.dir, 'missing.json')).read).toEqual({ ok: false, problem: 'unreadable', detail: expect.stringContaining('ENOENT') });
  expect(t.checksum()).toBe(before);
});

it('answers an error, not a hang, when the worker dies', async () => {
  const before = t.checksum();
  const dying = openImport({ store: t.file, source: exportFile(3) }, new URL('data:text/javascript,throw new Error("out of memory")'));
  expect(await dying.read).toEqual({ ok: false, problem: 'stopped', detail: 'the import stopped: out of memory' });
  expect(await dying.write()).toEqual({ ok: false, error: { code: 'internal', message: 'the import stopped: out of memory', issues: [] } });
  expect(t.checksum()).toBe(before);
});

it('stops the worker mid-write when told to (the app quitting), leaving the store as it was', async () => {
  const before = t.checksum();
  const quit = new AbortController();
  const session = openImport({ store: t.file, source: exportFile(6_000) }, WORKER, quit.signal);
  expect(await session.read).toEqual({ ok: true, count: 6_000 });
  // Told at the first thousand, long before the 6,000 are committed.
  const answer = await session.write(() => quit.abort());
  expect(answer).toEqual({ ok: false, error: { code: 'internal', message: expect.stringMatching(/^the import stopped before it finished \(exit code \d+\)$/), issues: [] } });
  expect(t.checksum()).toBe(before);
  expect(t.call('events.create', plainEvent('Sommet', '2025-06-24')).title).toBe('Sommet');
});

it('holds writes until every hold is released', () => {
  const first = t.store.hold('first reason');
  const second = t.store.hold('second reason');
  expect(t.fail('events.create', plainEvent('Sommet', '2025-06-24')).message).toBe('first reason');
  first();
  first();
  expect(t.fail('events.create', plainEvent('Sommet', '2025-06-24')).message).toBe('second reason');
  expect(eventTotal()).toBe(1);
  second();
  expect(t.call('events.create', plainEvent('Sommet', '2025-06-24')).title).toBe('Sommet');
});

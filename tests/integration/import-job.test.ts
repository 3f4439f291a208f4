/**
 * An import written by a worker thread on its own connection (api/import-job.ts), into a real
 * file the test's store holds open meanwhile, as the desktop app's main thread does.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { generateDataset, toExportFile } from '../../bench/generate.ts';
import { type ImportProgress, importInWorker } from '../../api/import-job.ts';
import type { ImportSummary } from '../../core/records.ts';
import type { Envelope } from '../../core/errors.ts';
import { plainEvent } from '../helpers/events.ts';
import { openTestStore, type TestStore } from '../helpers/store.ts';

const WORKER = new URL('../../api/import-worker.ts', import.meta.url);
const HELD = 'an import is being written; try again when it ends';

let t: TestStore;
beforeEach(() => {
  t = openTestStore();
  t.call('events.create', plainEvent('Consultations politiques à Bamako', '2025-06-23'));
});
afterEach(() => t.cleanup());

const exportText = (count: number) => JSON.stringify(toExportFile(generateDataset(count)));
const eventTotal = () => t.call('store.info').events;

it('writes the import on its own thread while this one reads the file as it was and refuses writes', async () => {
  const release = t.store.hold(HELD);
  const seen: ImportProgress[] = [];
  let whileWriting: { read: number; write: Envelope<unknown> } | null = null;
  const answer = await importInWorker({ file: t.file, text: exportText(2_100) }, WORKER, (progress) => {
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

it('refuses the whole file when one event is wrong, naming the field, and leaves the store as it was', async () => {
  const before = t.checksum();
  const doc = JSON.parse(exportText(30));
  doc.events[7].event.date = '2025-02-30';
  const answer = (await importInWorker({ file: t.file, text: JSON.stringify(doc) }, WORKER)) as Extract<Envelope<ImportSummary>, { ok: false }>;
  expect(answer.ok).toBe(false);
  expect(answer.error.code).toBe('invalid_input');
  expect(answer.error.message).toMatch(/^events\[7\]\.event\.date: /);
  expect(t.checksum()).toBe(before);
});

it('says a file that is not JSON is not, changing nothing', async () => {
  const before = t.checksum();
  const answer = await importInWorker({ file: t.file, text: '{"format": "chancery-export", ' }, WORKER);
  expect(answer).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^the file is not JSON \(/), issues: [] } });
  expect(t.checksum()).toBe(before);
});

it('answers an error, not a hang, when the worker dies', async () => {
  const before = t.checksum();
  const dying = new URL('data:text/javascript,throw new Error("out of memory")');
  const answer = await importInWorker({ file: t.file, text: exportText(3) }, dying);
  expect(answer).toEqual({ ok: false, error: { code: 'internal', message: 'the import stopped: out of memory', issues: [] } });
  expect(t.checksum()).toBe(before);
});

it('holds writes until every hold is released, and the upkeep with them', () => {
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

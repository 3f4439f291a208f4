/**
 * An import on a thread of its own. `data.import` is one transaction and takes ~40 s for 100,000
 * events (bench/README.md); on the desktop app's main thread that froze the window for as long,
 * and reading the file (100 MB of JSON) another second before the question. The worker reads the
 * file and says what it holds; once told to write, it opens its own connection to the store,
 * writes the import, then tidies the store (the index merge an import calls for, 1–5 s) before it
 * ends. Meanwhile the caller holds its own store (`Store.hold`): reads go on, writes are refused
 * with a sentence saying why.
 */
import { readFile } from 'node:fs/promises';
import type { ImportSummary } from '../core/records.ts';
import type { Envelope } from '../core/errors.ts';
import { hostWorker } from './file-worker-host.ts';
import { openStore } from './store.ts';

/** The store's file, and the export file to import into it. */
export interface ImportJob {
  store: string;
  source: string;
}

/** What the export file holds, read before anything is written: how many events, or why it cannot be imported. */
export type ImportRead = { ok: true; count: number } | { ok: false; problem: 'unreadable' | 'not-json' | 'not-export' | 'stopped'; detail: string };

/** How far an import has got: writing its events, then tidying the store once they are in. */
export type ImportProgress = { phase: 'writing'; done: number; total: number } | { phase: 'tidying' };

/** What the worker tells the thread that started it. */
export type ImportMessage = { phase: 'read'; file: ImportRead } | ImportProgress | { phase: 'written'; envelope: Envelope<ImportSummary> };

/** What that thread answers once it has read the file: write it, or leave it. */
export type ImportAnswer = 'write' | 'stop';

/**
 * Reads an export file's text as far as the question needs: JSON, an object, a list of events.
 * Everything else about it is checked by `data.import`, which names the field at fault.
 */
export function readExport(text: string): { ok: true; doc: unknown; count: number } | { ok: false; problem: 'not-json' | 'not-export'; detail: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, problem: 'not-json', detail: (err as Error).message };
  }
  const events = typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? (doc as { events?: unknown }).events : undefined;
  if (!Array.isArray(events)) return { ok: false, problem: 'not-export', detail: 'it has no list of events' };
  return { ok: true, doc, count: events.length };
}

/** The worker's two ends of the conversation. */
export interface ImportChannel {
  tell(message: ImportMessage): void;
  /** The next answer from the thread that started the worker. */
  next(): Promise<ImportAnswer>;
}

/**
 * The worker's side: reads the file and tells what it holds; once answered `write`, imports it
 * through the API (the same checks and the same all-or-nothing transaction as any caller), tells
 * each step, then waits for the store's upkeep to finish and closes it.
 */
export async function runImport(job: ImportJob, channel: ImportChannel): Promise<void> {
  let text: string;
  try {
    text = await readFile(job.source, 'utf8');
  } catch (err) {
    channel.tell({ phase: 'read', file: { ok: false, problem: 'unreadable', detail: (err as Error).message } });
    return;
  }
  const read = readExport(text);
  channel.tell({ phase: 'read', file: read.ok ? { ok: true, count: read.count } : read });
  if (!read.ok || (await channel.next()) !== 'write') return;
  const store = openStore({ file: job.store });
  try {
    store.onProgress((done, total) => channel.tell({ phase: 'writing', done, total }));
    const envelope = store.dispatch('data.import', read.doc) as Envelope<ImportSummary>;
    store.onProgress(null);
    if (envelope.ok) channel.tell({ phase: 'tidying' });
    channel.tell({ phase: 'written', envelope });
    if (envelope.ok) await store.settled();
  } finally {
    store.close();
  }
}

/** The caller's side of one import. */
export interface ImportSession {
  /** What the file holds, once the worker has read it; the worker ends by itself when it cannot be imported. */
  readonly read: Promise<ImportRead>;
  /** Writes it; answers the import's envelope once the worker has ended, its store tidied and closed. */
  write(onProgress?: (progress: ImportProgress) => void): Promise<Envelope<ImportSummary>>;
  /** Lets the worker go without writing anything. */
  stop(): Promise<void>;
}

const stopped = (message: string): Envelope<ImportSummary> => ({ ok: false, error: { code: 'internal', message, issues: [] } });

/**
 * Starts `runImport` on the file worker (api/file-worker-host.ts). A worker that dies, or is
 * stopped by `signal` (the app quitting), answers an `internal` error; the import's transaction,
 * never committed, leaves the store as it was.
 */
export function openImport(job: ImportJob, workerFile: string | URL, signal?: AbortSignal): ImportSession {
  let progress: (p: ImportProgress) => void = () => {};
  let answer: Envelope<ImportSummary> | null = null;
  let settleRead: (read: ImportRead) => void = () => {};
  const read = new Promise<ImportRead>((resolve) => (settleRead = resolve));
  const worker = hostWorker<ImportMessage>(workerFile, { kind: 'import', job }, (message) => {
    if (message.phase === 'read') settleRead(message.file);
    else if (message.phase === 'written') answer = message.envelope;
    else progress(message);
  }, signal);
  // Ended before saying what the file holds: a later settle is ignored.
  void worker.ended.then((why) => settleRead({ ok: false, problem: 'stopped', detail: why }));
  return {
    read,
    async write(onProgress) {
      if (onProgress) progress = onProgress;
      worker.post('write' satisfies ImportAnswer);
      const why = await worker.ended;
      return answer ?? stopped(why);
    },
    async stop() {
      worker.post('stop' satisfies ImportAnswer);
      await worker.ended;
    },
  };
}

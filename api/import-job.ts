/**
 * An import written on a thread of its own. `data.import` is one transaction and takes ~40 s for
 * 100,000 events (bench/README.md); on the desktop app's main thread that froze the window for as
 * long. The worker opens its own connection to the same file, writes the import, then tidies the
 * store (the index merge an import calls for, 1–5 s) before it ends. Meanwhile the caller's store is
 * held (`Store.hold`): its reads go on, its writes are refused with a sentence saying why.
 */
import { Worker } from 'node:worker_threads';
import type { ImportSummary } from '../core/records.ts';
import type { Envelope } from '../core/errors.ts';
import { openStore } from './store.ts';

/** How far an import has got: writing its events, then tidying the store once they are in. */
export type ImportProgress = { phase: 'writing'; done: number; total: number } | { phase: 'tidying' };

/** What the worker tells the thread that started it. */
export type ImportMessage = ImportProgress | { phase: 'written'; envelope: Envelope<ImportSummary> };

export interface ImportJob {
  /** The store's file. */
  file: string;
  /** The export file's text, as read: the worker parses it, so no object is copied across threads. */
  text: string;
}

const failed = (message: string): Envelope<ImportSummary> => ({ ok: false, error: { code: 'internal', message, issues: [] } });

/**
 * The worker's side: imports `text` into the store at `file` through the API (the same checks and
 * the same all-or-nothing transaction as any caller), tells each step, then waits for the store's
 * upkeep to finish and closes it.
 */
export async function runImport(job: ImportJob, tell: (message: ImportMessage) => void): Promise<void> {
  const store = openStore({ file: job.file });
  try {
    let doc: unknown;
    try {
      doc = JSON.parse(job.text.replace(/^\uFEFF/, ''));
    } catch (err) {
      tell({ phase: 'written', envelope: { ok: false, error: { code: 'invalid_input', message: `the file is not JSON (${(err as Error).message})`, issues: [] } } });
      return;
    }
    store.onProgress((done, total) => tell({ phase: 'writing', done, total }));
    const envelope = store.dispatch('data.import', doc) as Envelope<ImportSummary>;
    store.onProgress(null);
    if (envelope.ok) tell({ phase: 'tidying' });
    tell({ phase: 'written', envelope });
    if (envelope.ok) await store.settled();
  } finally {
    store.close();
  }
}

/**
 * The caller's side: runs `runImport` in a worker started from `workerFile` (api/import-worker.ts,
 * or its build beside the desktop app's main.js) and answers the import's envelope once the worker
 * has ended, its store tidied and closed. A worker that dies answers an `internal` error; the
 * import's transaction, never committed, leaves the file as it was.
 */
export function importInWorker(job: ImportJob, workerFile: string | URL, onProgress: (progress: ImportProgress) => void = () => {}): Promise<Envelope<ImportSummary>> {
  return new Promise((resolve) => {
    let answer: Envelope<ImportSummary> | null = null;
    const worker = new Worker(workerFile, { workerData: job });
    worker.on('message', (message: ImportMessage) => {
      if (message.phase === 'written') answer = message.envelope;
      else onProgress(message);
    });
    worker.on('error', (err) => {
      answer ??= failed(`the import stopped: ${err.message}`);
    });
    worker.on('exit', (code) => resolve(answer ?? failed(`the import stopped before it finished (exit code ${code})`)));
  });
}

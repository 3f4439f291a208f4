/**
 * The calling thread's end of api/file-worker.ts: starts it with a job, passes its messages on,
 * and says how it ended. Shared by the import and the export, which both run there so that the
 * desktop app's main thread, which also draws the window, never holds a long read or write.
 */
import { Worker } from 'node:worker_threads';
import type { ExportJob } from './export-job.ts';
import type { ImportJob } from './import-job.ts';

/** What the worker is given to do. */
export type FileWorkerData = { kind: 'import'; job: ImportJob } | { kind: 'export'; job: ExportJob };

export interface HostedWorker {
  post(message: unknown): void;
  /** Resolves when the worker has ended, with what to say if it ended without answering. */
  readonly ended: Promise<string>;
}

/**
 * Starts the worker from `workerFile` (api/file-worker.ts, or its build beside the desktop app's
 * main.js). `signal` stops it where it is (the app quitting): its write transaction, never
 * committed, leaves the store as it was.
 */
export function hostWorker<M>(workerFile: string | URL, data: FileWorkerData, onMessage: (message: M) => void, signal?: AbortSignal): HostedWorker {
  const worker = new Worker(workerFile, { workerData: data });
  signal?.addEventListener('abort', () => void worker.terminate(), { once: true });
  let crash: string | null = null;
  worker.on('message', onMessage);
  worker.on('error', (err) => {
    crash ??= err.message;
  });
  const ended = new Promise<string>((resolve) =>
    worker.on('exit', (code) =>
      resolve(crash !== null ? `the ${data.kind} stopped: ${crash}` : code === 0 ? `the ${data.kind} ended without an answer` : `the ${data.kind} stopped before it finished (exit code ${code})`),
    ),
  );
  return { post: (message) => worker.postMessage(message), ended };
}

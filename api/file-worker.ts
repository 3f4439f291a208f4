/**
 * The thread the desktop app's Import… and Export… run on (api/file-worker-host.ts starts it):
 * its job comes as workerData, the conversation as messages.
 */
import { once } from 'node:events';
import { parentPort, workerData } from 'node:worker_threads';
import { runExport } from './export-job.ts';
import type { FileWorkerData } from './file-worker-host.ts';
import { type ImportAnswer, runImport } from './import-job.ts';

if (!parentPort) throw new Error('api/file-worker.ts runs as a worker thread, started by hostWorker');
const port = parentPort;
const data = workerData as FileWorkerData;
if (data.kind === 'import') {
  await runImport(data.job, {
    tell: (message) => port.postMessage(message),
    next: async () => ((await once(port, 'message')) as [ImportAnswer])[0],
  });
} else {
  port.postMessage(await runExport(data.job));
}

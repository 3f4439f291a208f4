/** The import's worker thread (api/import-job.ts): its job comes as workerData, the conversation as messages. */
import { once } from 'node:events';
import { parentPort, workerData } from 'node:worker_threads';
import { type ImportAnswer, type ImportJob, runImport } from './import-job.ts';

if (!parentPort) throw new Error('api/import-worker.ts runs as a worker thread, started by openImport');
const port = parentPort;
await runImport(workerData as ImportJob, {
  tell: (message) => port.postMessage(message),
  next: async () => ((await once(port, 'message')) as [ImportAnswer])[0],
});

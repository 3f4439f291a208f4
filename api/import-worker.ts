/** The import's worker thread (api/import-job.ts): its job comes as workerData, its steps go back as messages. */
import { parentPort, workerData } from 'node:worker_threads';
import { type ImportJob, runImport } from './import-job.ts';

if (!parentPort) throw new Error('api/import-worker.ts runs as a worker thread, started by importInWorker');
const port = parentPort;
await runImport(workerData as ImportJob, (message) => port.postMessage(message));

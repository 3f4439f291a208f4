/**
 * Export… on the file worker (api/file-worker.ts): at 100,000 events the full JSON export took
 * ~20 s with its text, the CSV ~18 s, which on the desktop app's main thread froze the window. The
 * worker reads the store through a guest connection in one read transaction (one moment of the
 * store, whatever the app writes meanwhile) and writes the file(s) whole.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hostWorker } from './file-worker-host.ts';
import { openStore } from './store.ts';

export type ExportFormat = 'json' | 'csv' | 'ics';

/** The store's file, and the file name the user chose (its extension picks the format). */
export interface ExportJob {
  store: string;
  target: string;
}

/** The files written, or why none was. */
export type ExportAnswer = { ok: true; files: string[] } | { ok: false; message: string };

/**
 * The format the chosen name asks for, and the file(s) to write. Some Linux save dialogs do not add
 * the filter's extension: a name without a known one gets the full JSON export, with `.json` added
 * so the file opens as what it is.
 */
export function exportTargets(file: string): { format: ExportFormat; files: string[] } {
  const ext = path.extname(file).slice(1).toLowerCase();
  if (ext === 'csv') {
    // Two tables make two files: one file holding both would open as neither in a spreadsheet.
    const stem = file.slice(0, -'.csv'.length);
    return { format: 'csv', files: [`${stem}.csv`, `${stem}.followups.csv`] };
  }
  if (ext === 'ics') return { format: 'ics', files: [file] };
  return { format: 'json', files: [ext === 'json' ? file : `${file}.json`] };
}

const METHOD_OF: Record<ExportFormat, 'data.export' | 'data.exportCsv' | 'data.exportIcs'> = {
  json: 'data.export',
  csv: 'data.exportCsv',
  ics: 'data.exportIcs',
};

/** The texts to write, in the order of `exportTargets(...).files`, from the API's result. */
function exportTexts(format: ExportFormat, result: unknown): string[] {
  if (format === 'csv') {
    const { events, followUps } = result as { events: string; followUps: string };
    return [events, followUps];
  }
  if (format === 'ics') return [(result as { ics: string }).ics];
  return [`${JSON.stringify(result, null, 2)}\n`];
}

/**
 * Writes every file through a temporary name and a rename, all temporaries first: an interrupted
 * export never leaves half a file under a real name, and a CSV pair is not left half-written.
 */
export async function writeFilesWhole(files: readonly { path: string; text: string }[]): Promise<void> {
  const staged = files.map((f) => ({ ...f, temp: `${f.path}.${process.pid}.tmp` }));
  try {
    for (const f of staged) await writeFile(f.temp, f.text, 'utf8');
    for (const f of staged) await rename(f.temp, f.path);
  } finally {
    await Promise.all(staged.map((f) => rm(f.temp, { force: true })));
  }
}

/** The worker's side: reads the export through the API on a guest connection, then writes its files. */
export async function runExport(job: ExportJob): Promise<ExportAnswer> {
  const { format, files } = exportTargets(job.target);
  const store = openStore({ file: job.store, guest: true });
  let texts: string[];
  try {
    const envelope = store.ctx.db.transaction(() => store.dispatch(METHOD_OF[format], {}))();
    if (!envelope.ok) return { ok: false, message: envelope.error.message };
    texts = exportTexts(format, envelope.result);
  } finally {
    store.close();
  }
  try {
    await writeFilesWhole(files.map((file, i) => ({ path: file, text: texts[i]! })));
  } catch (err) {
    return { ok: false, message: (err as Error).message };
  }
  return { ok: true, files };
}

/** The caller's side: runs `runExport` on the file worker and answers once it has ended. */
export async function exportInWorker(job: ExportJob, workerFile: string | URL, signal?: AbortSignal): Promise<ExportAnswer> {
  let answer: ExportAnswer | null = null;
  const worker = hostWorker<ExportAnswer>(workerFile, { kind: 'export', job }, (message) => (answer = message), signal);
  const why = await worker.ended;
  return answer ?? { ok: false, message: why };
}

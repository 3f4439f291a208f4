/**
 * The menu's Export… and Import…: native file dialogs in the main process, because a sandboxed
 * page can neither pick a path nor write a file. The data work is the API's (`data.export`,
 * `data.exportCsv`, `data.exportIcs`, `data.import`); this module chooses, reads, asks and writes.
 * An import is written by a worker thread (api/import-job.ts): the window stays alive meanwhile.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { dialog } from 'electron';
import { type ImportProgress, type ImportRead, openImport } from '../api/import-job.ts';
import type { Store } from '../api/store.ts';
import type { ImportSummary } from '../core/records.ts';
import { answer } from './ipc.ts';
import type { DispatchingStore } from './ipc.ts';
import type { NativeLang } from './lang.ts';

export type ExportFormat = 'json' | 'csv' | 'ics';

const TEXT = {
  fr: {
    exportTitle: 'Exporter Chancery',
    importTitle: 'Importer dans Chancery',
    jsonFilter: 'Export complet Chancery (JSON)',
    csvFilter: 'Tableur (CSV : événements et suivis)',
    icsFilter: 'Calendrier (iCalendar : suivis ouverts)',
    importButton: 'Importer',
    cancel: 'Annuler',
    notExported: "Rien n'a été exporté.",
    notImported: "Rien n'a été importé.",
    notJson: "n'est pas un fichier JSON valide",
    notExport: "n'est pas un export Chancery (le fichier JSON qu'écrit Exporter…)",
    importDetail: "Ils s'ajoutent à ce qui s'y trouve déjà. Si un seul est refusé, aucun n'est importé.",
    importing: 'Une importation est en cours ; réessayez quand elle sera terminée.',
  },
  en: {
    exportTitle: 'Export Chancery',
    importTitle: 'Import into Chancery',
    jsonFilter: 'Chancery full export (JSON)',
    csvFilter: 'Spreadsheet (CSV: events and follow-ups)',
    icsFilter: 'Calendar (iCalendar: open follow-ups)',
    importButton: 'Import',
    cancel: 'Cancel',
    notExported: 'Nothing was exported.',
    notImported: 'Nothing was imported.',
    notJson: 'is not a valid JSON file',
    notExport: 'is not a Chancery export (the JSON file Export… writes)',
    importDetail: 'They are added to what is already there. If any one is refused, none is imported.',
    importing: 'An import is being written; try again when it ends.',
  },
} as const;

const EXTENSIONS: Record<ExportFormat, string> = { json: 'json', csv: 'csv', ics: 'ics' };

export function exportFilters(lang: NativeLang): { name: string; extensions: string[] }[] {
  const t = TEXT[lang];
  return [
    { name: t.jsonFilter, extensions: [EXTENSIONS.json] },
    { name: t.csvFilter, extensions: [EXTENSIONS.csv] },
    { name: t.icsFilter, extensions: [EXTENSIONS.ics] },
  ];
}

export const defaultExportName = (today: string): string => `chancery-export-${today}.json`;

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
export function exportTexts(format: ExportFormat, result: unknown): string[] {
  if (format === 'csv') {
    const { events, followUps } = result as { events: string; followUps: string };
    return [events, followUps];
  }
  if (format === 'ics') return [(result as { ics: string }).ics];
  return [`${JSON.stringify(result, null, 2)}\n`];
}

/** What the confirmation asks, with the count the user is about to add. */
export function importQuestion(lang: NativeLang, count: number): { message: string; detail: string; buttons: [string, string] } {
  const t = TEXT[lang];
  const message =
    lang === 'fr'
      ? `Importer ${count} ${count === 1 ? 'événement' : 'événements'} dans votre registre\u00a0?`
      : `Import ${count} ${count === 1 ? 'event' : 'events'} into your store?`;
  return { message, detail: t.importDetail, buttons: [t.importButton, t.cancel] };
}

/** Why the export file cannot be imported, as the error dialog says it: the file's name, then the problem. */
export function importProblem(lang: NativeLang, name: string, read: Extract<ImportRead, { ok: false }>): string {
  const t = TEXT[lang];
  if (read.problem === 'not-json') return `${name}: ${t.notJson} (${read.detail})`;
  if (read.problem === 'not-export') return `${name}: ${t.notExport}`;
  return read.detail;
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

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

function showError(head: string, problem: string): void {
  dialog.showErrorBox('Chancery', `${head}\n${oneLine(problem)}`);
}

// Attached to the window when there is one, so the dialog is modal to it.
const saveDialog = (win: BrowserWindow | null, o: SaveDialogOptions) => (win ? dialog.showSaveDialog(win, o) : dialog.showSaveDialog(o));
const openDialog = (win: BrowserWindow | null, o: OpenDialogOptions) => (win ? dialog.showOpenDialog(win, o) : dialog.showOpenDialog(o));
const messageBox = (win: BrowserWindow | null, o: MessageBoxOptions) => (win ? dialog.showMessageBox(win, o) : dialog.showMessageBox(o));

/** Export…: the format follows the chosen file's extension. Returns the files written, none if cancelled or refused. */
export async function exportWithDialog(win: BrowserWindow | null, store: DispatchingStore, lang: NativeLang, today: string): Promise<string[]> {
  const t = TEXT[lang];
  const { canceled, filePath } = await saveDialog(win, { title: t.exportTitle, defaultPath: defaultExportName(today), filters: exportFilters(lang) });
  if (canceled || !filePath) return [];
  const { format, files } = exportTargets(filePath);
  const envelope = answer(store, METHOD_OF[format], {});
  if (!envelope.ok) {
    showError(t.notExported, envelope.error.message);
    return [];
  }
  const texts = exportTexts(format, envelope.result);
  try {
    await writeFilesWhole(files.map((file, i) => ({ path: file, text: texts[i]! })));
  } catch (err) {
    showError(t.notExported, (err as Error).message);
    return [];
  }
  return files;
}

/** Where an import goes and who watches it. */
export interface ImportTarget {
  /** The app's store: held while the worker writes (its reads go on, its writes are refused). */
  store: Pick<Store, 'file' | 'hold'>;
  /** The worker's script: `import-worker.js`, built beside the main process's `main.js`. */
  workerFile: string | URL;
  /** Each step of the import once it has started, then null when it has ended either way. */
  onProgress?: (progress: ImportProgress | null) => void;
  /** Stops the import where it is, writing nothing: the app is quitting. */
  signal?: AbortSignal;
}

/** Why the file's actions wait: an import is being written. */
export const importBusyText = (lang: NativeLang): string => TEXT[lang].importing;

/**
 * An import's step as the page's command (`import-progress:<done>/<total>`, `:tidying`, `:end`):
 * the page shows it; strings are what the command channel carries.
 */
export function importProgressCommand(progress: ImportProgress | null): string {
  if (progress === null) return 'import-progress:end';
  return progress.phase === 'writing' ? `import-progress:${progress.done}/${progress.total}` : 'import-progress:tidying';
}

/** Import…: a Chancery JSON export, confirmed, added all or nothing. Returns the summary, null if nothing was imported. */
export async function importWithDialog(win: BrowserWindow | null, target: ImportTarget, lang: NativeLang): Promise<ImportSummary | null> {
  const t = TEXT[lang];
  const { canceled, filePaths } = await openDialog(win, { title: t.importTitle, properties: ['openFile'], filters: [exportFilters(lang)[0]!] });
  const file = filePaths[0];
  if (canceled || !file) return null;
  // The worker reads and parses the file too: for a 100,000-event export, a second off this thread.
  const session = openImport({ store: target.store.file, source: file }, target.workerFile, target.signal);
  const read = await session.read;
  if (!read.ok) {
    showError(t.notImported, importProblem(lang, path.basename(file), read));
    return null;
  }
  const question = importQuestion(lang, read.count);
  const { response } = await messageBox(win, { type: 'question', title: 'Chancery', ...question, defaultId: 0, cancelId: 1, noLink: true });
  if (response !== 0) {
    await session.stop();
    return null;
  }
  const release = target.store.hold(t.importing);
  const progress = target.onProgress ?? (() => {});
  let envelope;
  try {
    envelope = await session.write(progress);
  } finally {
    release();
    progress(null);
  }
  if (!envelope.ok) {
    // The API's message already names the field and its problem, e.g. `events[2].event.date: …`.
    showError(t.notImported, envelope.error.message);
    return null;
  }
  return envelope.result as ImportSummary;
}

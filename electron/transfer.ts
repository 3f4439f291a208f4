/**
 * The menu's Export… and Import…: native file dialogs in the main process, because a sandboxed
 * page can neither pick a path nor write a file. The data work is the API's (`data.export`,
 * `data.exportCsv`, `data.exportIcs`, `data.import`), run on a worker thread with the file reading
 * and writing (api/export-job.ts, api/import-job.ts): this module asks, and the window stays alive.
 */
import path from 'node:path';
import type { BrowserWindow, MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { dialog } from 'electron';
import { type ExportFormat, exportInWorker } from '../api/export-job.ts';
import { type ImportProgress, type ImportRead, openImport } from '../api/import-job.ts';
import type { Store } from '../api/store.ts';
import type { ImportSummary } from '../core/records.ts';
import type { NativeLang } from './lang.ts';

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
    busy: 'Une exportation ou une importation est en cours ; réessayez quand elle sera terminée.',
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
    busy: 'An export or an import is running; try again when it ends.',
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

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

function showError(head: string, problem: string): void {
  dialog.showErrorBox('Chancery', `${head}\n${oneLine(problem)}`);
}

// Attached to the window when there is one, so the dialog is modal to it.
const saveDialog = (win: BrowserWindow | null, o: SaveDialogOptions) => (win ? dialog.showSaveDialog(win, o) : dialog.showSaveDialog(o));
const openDialog = (win: BrowserWindow | null, o: OpenDialogOptions) => (win ? dialog.showOpenDialog(win, o) : dialog.showOpenDialog(o));
const messageBox = (win: BrowserWindow | null, o: MessageBoxOptions) => (win ? dialog.showMessageBox(win, o) : dialog.showMessageBox(o));

/** Export…: the format follows the chosen file's extension. Returns the files written, none if cancelled or refused. */
export async function exportWithDialog(win: BrowserWindow | null, target: TransferTarget, lang: NativeLang, today: string): Promise<string[]> {
  const t = TEXT[lang];
  const { canceled, filePath } = await saveDialog(win, { title: t.exportTitle, defaultPath: defaultExportName(today), filters: exportFilters(lang) });
  if (canceled || !filePath) return [];
  const progress = target.onProgress ?? (() => {});
  progress({ phase: 'exporting' });
  let answer;
  try {
    answer = await exportInWorker({ store: target.store.file, target: filePath }, target.workerFile, target.signal);
  } finally {
    progress(null);
  }
  if (!answer.ok) {
    showError(t.notExported, answer.message);
    return [];
  }
  return answer.files;
}

/** How far an export or an import has got. */
export type TransferProgress = ImportProgress | { phase: 'exporting' };

/** Where an export or an import goes, and who watches it. */
export interface TransferTarget {
  /** The app's store: an import holds it while the worker writes (its reads go on, its writes are refused). */
  store: Pick<Store, 'file' | 'hold'>;
  /** The worker's script: `file-worker.js`, built beside the main process's `main.js`. */
  workerFile: string | URL;
  /** Each step once the work has started, then null when it has ended either way. */
  onProgress?: (progress: TransferProgress | null) => void;
  /** Stops the worker where it is, writing nothing: the app is quitting. */
  signal?: AbortSignal;
}

/** Why the file's other actions wait: an export or an import is running. */
export const busyText = (lang: NativeLang): string => TEXT[lang].busy;

/**
 * A step as the page's command (`transfer:<done>/<total>`, `transfer:tidying`, `transfer:exporting`,
 * `transfer:end`): the page shows it; strings are what the command channel carries.
 */
export function transferCommand(progress: TransferProgress | null): string {
  if (progress === null) return 'transfer:end';
  return progress.phase === 'writing' ? `transfer:${progress.done}/${progress.total}` : `transfer:${progress.phase}`;
}

/** Import…: a Chancery JSON export, confirmed, added all or nothing. Returns the summary, null if nothing was imported. */
export async function importWithDialog(win: BrowserWindow | null, target: TransferTarget, lang: NativeLang): Promise<ImportSummary | null> {
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

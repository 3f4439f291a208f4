/**
 * Keeping the user's record safe from the desktop shell: a bad data file is explained before
 * anything touches it, with a way forward that loses nothing; a daily backup on start; and the
 * menu's Back Up… and Restore…. The work itself lives in db/backup.ts and db/recovery.ts.
 */
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { dialog } from 'electron';
import { openStore, type Store } from '../api/store.ts';
import { calendarDateOf } from '../core/dates.ts';
import { autoBackup, backupsDir, backupTo, restoreFrom } from '../db/backup.ts';
import { type Diagnosis, diagnose, type Remedy, restoreLatest, startFresh } from '../db/recovery.ts';

const REMEDY_LABELS: Record<Remedy, string> = {
  restore: 'Restore the latest backup',
  fresh: 'Start with an empty record (the file is kept aside)',
  retry: 'Try again',
};

/** Asks what to do about a bad file; false when the user chose to quit. */
function askAndRepair(d: Diagnosis, dataDir: string): boolean {
  const buttons = [...d.remedies.map((r) => REMEDY_LABELS[r]), 'Quit'];
  const detail = d.backup && d.remedies.includes('restore') ? `The latest backup is from ${d.backup.date}.` : 'Nothing has been changed.';
  const choice = dialog.showMessageBoxSync({ type: 'error', title: 'Chancery', message: d.message, detail, buttons, defaultId: 0, cancelId: buttons.length - 1, noLink: true });
  const remedy = d.remedies[choice];
  if (remedy === 'restore') restoreLatest(d.file, backupsDir(dataDir), new Date());
  else if (remedy === 'fresh') startFresh(d.file, new Date());
  return remedy !== undefined;
}

/**
 * Opens the store, explaining any bad file first and offering its remedies until the file opens
 * or the user quits (null).
 */
export function openStoreSafely(file: string, dataDir: string): Store | null {
  for (;;) {
    try {
      const d = diagnose(file, { backupsDir: backupsDir(dataDir) });
      if (d) {
        if (!askAndRepair(d, dataDir)) return null;
        continue;
      }
      return openStore({ file });
    } catch (err) {
      // The quick look passed but SQLite still refused: look harder before giving up.
      const d = diagnose(file, { backupsDir: backupsDir(dataDir), thorough: true });
      if (d) {
        if (!askAndRepair(d, dataDir)) return null;
        continue;
      }
      dialog.showErrorBox('Chancery', `The database could not be opened.\n${(err as Error).message}`);
      return null;
    }
  }
}

/** The daily backup, in the background: a failure is logged, never in the user's way. */
export function backUpDaily(store: Store, dataDir: string): void {
  autoBackup(store.ctx.db, dataDir, new Date()).catch((err: unknown) => console.error('chancery: automatic backup failed', err));
}

export async function backUpWithDialog(win: BrowserWindow | null, store: Store): Promise<void> {
  const options = {
    title: 'Back up Chancery',
    defaultPath: `chancery-backup-${calendarDateOf(new Date())}.sqlite`,
    filters: [{ name: 'Chancery backup', extensions: ['sqlite'] }],
  };
  const { canceled, filePath } = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (canceled || !filePath) return;
  try {
    await backUpTo(store, filePath);
  } catch (err) {
    dialog.showErrorBox('Chancery', `The backup could not be written.\n${(err as Error).message}`);
  }
}

const backUpTo = (store: Store, file: string) => backupTo(store.ctx.db, file);

/**
 * Restore from a file the user picks: the store is closed, the current file kept aside under a
 * dated name, the backup copied in, and the store reopened (on the old file if the backup was refused).
 */
export async function restoreWithDialog(win: BrowserWindow | null, file: string, store: { close(): void; reopen(): void }): Promise<void> {
  const options = { title: 'Restore Chancery from a backup', properties: ['openFile' as const], filters: [{ name: 'Chancery backup', extensions: ['sqlite'] }] };
  const { canceled, filePaths } = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  const from = filePaths[0];
  if (canceled || !from) return;
  const confirm = {
    type: 'warning' as const,
    title: 'Chancery',
    message: `Replace the current record with ${path.basename(from)}?`,
    detail: 'The current file is kept beside it under a dated name, so nothing is lost.',
    buttons: ['Restore', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
  };
  const { response } = win ? await dialog.showMessageBox(win, confirm) : await dialog.showMessageBox(confirm);
  if (response !== 0) return;
  store.close();
  try {
    restoreFrom(file, from, new Date());
  } catch (err) {
    dialog.showErrorBox('Chancery', `Nothing was restored.\n${(err as Error).message}`);
  } finally {
    store.reopen();
  }
}

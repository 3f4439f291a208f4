/**
 * The desktop app's lifecycle, kept thin: each concern lives in its own module beside this one.
 * One instance per data folder; the database opened once here and closed on quit.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import type { Store } from '../api/store.ts';
import type { Settings } from '../core/records.ts';
import type { ReminderPayload } from '../core/reminder-schedule.ts';
import { calendarDateOf } from '../core/dates.ts';
import { DB_FILE_NAME } from '../db/location.ts';
import { dataDirFromArgv } from './args.ts';
import { registerApiHandlers } from './ipc.ts';
import type { DispatchingStore } from './ipc.ts';
import { resolveLang } from './lang.ts';
import type { NativeLang } from './lang.ts';
import { installMenu } from './menu.ts';
import type { MainAction } from './menu.ts';
import { registerAppScheme, serveApp } from './protocol.ts';
import { backUpDaily, backUpWithDialog, openStoreSafely, restoreWithDialog } from './safekeeping.ts';
import { startReminders } from './reminders.ts';
import type { ReminderScheduler } from './reminders.ts';
import { hardenSession, hardenWebContents } from './security.ts';
import { busyText, exportWithDialog, importWithDialog, transferCommand } from './transfer.ts';
import type { TransferProgress, TransferTarget } from './transfer.ts';
import { createMainWindow, focusWindow } from './window.ts';

const appRoot = app.getAppPath();
const rendererDir = path.join(appRoot, 'out', 'renderer');
const preloadFile = path.join(appRoot, 'out', 'preload', 'preload.cjs');
const fileWorkerFile = path.join(appRoot, 'out', 'main', 'file-worker.js');

let dataDir: string;
try {
  const given = dataDirFromArgv(process.argv, process.cwd());
  // A data folder of its own also gets its own window state, browser data and single-instance lock.
  if (given !== null) app.setPath('userData', given);
  dataDir = given ?? app.getPath('userData');
} catch (err) {
  dialog.showErrorBox('Chancery', (err as Error).message);
  app.exit(2);
  throw err;
}

let store: Store | null = null;
/** What IPC and reminders hold: it follows `store` across a restore, which reopens the file. */
const liveStore: DispatchingStore = {
  dispatch: (method, input) =>
    store ? store.dispatch(method, input) : { ok: false, error: { code: 'store_unavailable', message: 'the data file is being restored; try again in a moment', issues: [] } },
};
let reminders: ReminderScheduler | null = null;
let mainWindow: BrowserWindow | null = null;
/** Set while a worker runs an export or an import: the file's other actions wait; quitting stops it. */
let transferring: AbortController | null = null;
/** The language of the menu, kept for the dialogs its actions open. */
let lang: NativeLang = 'en';

registerAppScheme();
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

function openWindow(): BrowserWindow {
  const win = createMainWindow({ preload: preloadFile, stateFile: path.join(app.getPath('userData'), 'window-state.json') });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
  return win;
}

/** Sends to the page once it has loaded, opening and focusing the window first if asked. */
function deliver(channel: string, payload: unknown, focus: boolean): void {
  const win = mainWindow ?? openWindow();
  if (focus) focusWindow(win);
  if (win.webContents.isLoading()) win.webContents.once('did-finish-load', () => win.webContents.send(channel, payload));
  else win.webContents.send(channel, payload);
}

function refreshMenu(): void {
  const settings = store?.dispatch('settings.get', {});
  const language = settings?.ok ? (settings.result as Settings).language : 'system';
  lang = resolveLang(language, app.getLocale());
  installMenu({
    lang,
    platform: process.platform,
    developer: !app.isPackaged,
    send: (command) => deliver('chancery:command', command, true),
    run: (action) =>
      void runMainAction(action).catch((err: unknown) => {
        console.error(`chancery: ${action} failed`, err);
        dialog.showErrorBox('Chancery', `${action} failed.\n${(err as Error).message}`);
      }),
  });
}

/** An export's or import's progress on the taskbar or dock, and to the page; the bar goes when it ends. */
function showTransferProgress(progress: TransferProgress | null): void {
  if (!mainWindow) return;
  // Over 1 is the indeterminate bar: exporting, or tidying the store, for an unknown while.
  mainWindow.setProgressBar(progress === null ? -1 : progress.phase === 'writing' ? progress.done / progress.total : 2);
  if (!mainWindow.webContents.isLoading()) mainWindow.webContents.send('chancery:command', transferCommand(progress));
}

/** Runs an export or an import on the file worker, one at a time, stopped if the app quits. */
async function transfer<T>(opened: Store, run: (target: TransferTarget) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  transferring = controller;
  try {
    return await run({ store: opened, workerFile: fileWorkerFile, onProgress: showTransferProgress, signal: controller.signal });
  } finally {
    transferring = null;
  }
}

async function runMainAction(action: MainAction): Promise<void> {
  if (!store) return;
  if (transferring) {
    await dialog.showMessageBox({ type: 'info', message: busyText(lang) });
    return;
  }
  if (action === 'export') {
    await transfer(store, (target) => exportWithDialog(mainWindow, target, lang, calendarDateOf(new Date())));
    return;
  }
  if (action === 'import') {
    const summary = await transfer(store, (target) => importWithDialog(mainWindow, target, lang));
    if (!summary) return;
    reminders?.check();
    // The page re-reads whatever it shows; an older page ignores a command it does not know.
    if (mainWindow) deliver('chancery:command', 'data-changed', false);
    return;
  }
  if (action === 'backup') {
    await backUpWithDialog(mainWindow, store);
    return;
  }
  const file = store.file;
  await restoreWithDialog(mainWindow, file, {
    close: () => {
      store?.close();
      store = null;
    },
    reopen: () => {
      store = openStoreSafely(file, dataDir);
      if (!store) {
        app.quit();
        return;
      }
      reminders?.check();
      refreshMenu();
      mainWindow?.webContents.reload();
    },
  });
}

function start(): void {
  hardenSession(session.defaultSession);
  serveApp(rendererDir, { dispatch: liveStore.dispatch, systemLocale: () => app.getLocale() });
  let opened: Store | null;
  try {
    mkdirSync(dataDir, { recursive: true });
    opened = openStoreSafely(path.join(dataDir, DB_FILE_NAME), dataDir);
  } catch (err) {
    dialog.showErrorBox('Chancery', `The database could not be opened.\n${(err as Error).message}`);
    opened = null;
  }
  if (!opened) {
    app.exit(1);
    return;
  }
  store = opened;
  backUpDaily(opened, dataDir);
  registerApiHandlers(ipcMain, liveStore, (method) => {
    reminders?.check();
    if (method === 'settings.update') refreshMenu();
  });
  refreshMenu();
  openWindow();
  reminders = startReminders({
    store: liveStore,
    stateFile: path.join(dataDir, 'reminders.json'),
    openInApp: (command) => deliver('chancery:command', command, true),
    showInApp: (payload: ReminderPayload) => deliver('chancery:reminder', payload, false),
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  if (process.platform === 'win32') app.setAppUserModelId('org.chancery.app');
  app.on('second-instance', () => {
    if (mainWindow) focusWindow(mainWindow);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (store && BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('will-quit', () => {
    // An import not yet committed is dropped whole; the store closes after its worker lets go.
    transferring?.abort();
    reminders?.stop();
    reminders = null;
    store?.close();
    store = null;
  });
  app.whenReady().then(start, (err: unknown) => {
    console.error('chancery: start-up failed', err);
    app.exit(1);
  });
}

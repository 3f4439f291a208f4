/** The main window: secure preferences, remembered bounds, shown once painted. */
import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from './protocol.ts';
import { loadWindowState, saveWindowState } from './window-state.ts';

export function createMainWindow(opts: { preload: string; stateFile: string }): BrowserWindow {
  const state = loadWindowState(opts.stateFile, screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({
    ...state.bounds,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Chancery',
    backgroundColor: '#ffffff',
    // Written out here, not built by a helper, so Electronegativity can read every flag.
    webPreferences: {
      preload: opts.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // A middle click would otherwise open a link in a new window, past setWindowOpenHandler's intent.
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: true,
    },
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    const b = win.getNormalBounds();
    saveWindowState(opts.stateFile, { bounds: { x: b.x, y: b.y, width: b.width, height: b.height }, maximized: win.isMaximized() });
  });
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

/** Brings a window forward, restoring it if minimised: a second launch or a notification click lands here. */
export function focusWindow(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

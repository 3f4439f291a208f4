/**
 * A stand-in for the `electron` module, for tests under plain Node where the real one cannot
 * load. It records what the main process asks of Electron so tests can read it back, and lets
 * tests play Electron's part (emit events, call registered handlers).
 */
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// Electron's handler signatures vary by API; tests call them with whatever Electron would pass.
type Handler = (...args: unknown[]) => unknown;

export interface FakeMenuItem {
  label?: string;
  role?: string;
  accelerator?: string;
  type?: string;
  submenu?: FakeMenuItem[];
  click?: () => void;
}

export interface FakeWindowOptions {
  width?: number;
  height?: number;
  webPreferences?: Record<string, unknown>;
  [option: string]: unknown;
}

export class FakeWebContents extends EventEmitter {
  sent: [string, unknown][] = [];
  windowOpenHandler: Handler | null = null;
  loading = false;
  setWindowOpenHandler(handler: Handler): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  isLoading(): boolean {
    return this.loading;
  }
  /** Plays a navigation the page starts; true when the app let it happen. */
  navigate(event: 'will-navigate' | 'will-redirect' | 'will-attach-webview', url: string): boolean {
    let prevented = false;
    this.emit(event, { preventDefault: () => { prevented = true; } }, url);
    return !prevented;
  }
}

export class BrowserWindow extends EventEmitter {
  static created: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.created.filter((w) => !w.destroyed);
  }
  options: FakeWindowOptions;
  webContents = new FakeWebContents();
  url: string | null = null;
  shown = false;
  focusCount = 0;
  destroyed = false;
  /** Every value given to setProgressBar, in order. */
  progress: number[] = [];
  constructor(options: FakeWindowOptions = {}) {
    super();
    this.options = options;
    BrowserWindow.created.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string): Promise<void> {
    this.url = url;
    return Promise.resolve();
  }
  setProgressBar(value: number): void {
    this.progress.push(value);
  }
  maximize(): void {}
  isMaximized(): boolean {
    return false;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  show(): void {
    this.shown = true;
  }
  focus(): void {
    this.focusCount += 1;
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: this.options.width ?? 800, height: this.options.height ?? 600 };
  }
  close(): void {
    this.emit('close', {});
    this.destroyed = true;
    this.emit('closed');
  }
}

class FakeApp extends EventEmitter {
  ready = false;
  lockGranted = true;
  quitCalls = 0;
  exitCode: number | null = null;
  badge: number | null = null;
  paths: Record<string, string> = { userData: path.join(tmpdir(), 'chancery-fake-user-data') };
  isPackaged = false;
  whenReady(): Promise<void> {
    return Promise.resolve().then(() => {
      this.ready = true;
    });
  }
  isReady(): boolean {
    return this.ready;
  }
  getAppPath(): string {
    return repoRoot;
  }
  getPath(name: string): string {
    const p = this.paths[name];
    if (p === undefined) throw new Error(`fake app.getPath: no path ${name}`);
    return p;
  }
  setPath(name: string, value: string): void {
    if (this.ready) throw new Error('app.setPath must run before ready');
    this.paths[name] = value;
  }
  getLocale(): string {
    return 'en-US';
  }
  requestSingleInstanceLock(): boolean {
    return this.lockGranted;
  }
  quit(): void {
    this.quitCalls += 1;
  }
  exit(code = 0): void {
    this.exitCode = code;
  }
  setBadgeCount(count: number): boolean {
    this.badge = count;
    return true;
  }
  setAppUserModelId(): void {}
}
export const app = new FakeApp();

class FakeIpcMain extends EventEmitter {
  handlers = new Map<string, Handler>();
  handle(channel: string, handler: Handler): void {
    // Electron throws on a second handler for a channel; so does the stand-in.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}
export const ipcMain = new FakeIpcMain();

export const protocol = {
  privileged: [] as { scheme: string; privileges: Record<string, boolean> }[],
  registeredBeforeReady: null as boolean | null,
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]): void {
    protocol.registeredBeforeReady = !app.ready;
    protocol.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void {
    protocol.handlers.set(scheme, handler);
  },
};

export const session = {
  defaultSession: {
    permissionRequestHandler: null as Handler | null,
    permissionCheckHandler: null as Handler | null,
    beforeRequest: null as { filter: { urls: string[] }; listener: Handler } | null,
    setPermissionRequestHandler(handler: Handler): void {
      this.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: Handler): void {
      this.permissionCheckHandler = handler;
    },
    webRequest: {
      onBeforeRequest(filter: { urls: string[] }, listener: Handler): void {
        session.defaultSession.beforeRequest = { filter, listener };
      },
    },
  },
};

export const shell = {
  opened: [] as string[],
  openExternal(url: string): Promise<void> {
    shell.opened.push(url);
    return Promise.resolve();
  },
};

export const screen = {
  getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
};

type DialogOptions = Record<string, unknown>;
/** Electron's dialogs take an optional parent window first; the options are always last. */
const optionsOf = (args: unknown[]) => args[args.length - 1] as DialogOptions;

/**
 * Tests queue the user's answers before the app asks; a dialog with nothing queued is cancelled,
 * as if the user pressed Escape. Every question is recorded with its options.
 */
export const dialog = {
  errors: [] as [string, string][],
  asked: [] as { kind: 'save' | 'open' | 'message'; options: DialogOptions }[],
  saveAnswers: [] as string[],
  openAnswers: [] as string[],
  messageAnswers: [] as number[],
  showErrorBox(title: string, content: string): void {
    dialog.errors.push([title, content]);
  },
  showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
    dialog.asked.push({ kind: 'save', options: optionsOf(args) });
    const filePath = dialog.saveAnswers.shift();
    return Promise.resolve(filePath === undefined ? { canceled: true, filePath: '' } : { canceled: false, filePath });
  },
  showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    dialog.asked.push({ kind: 'open', options: optionsOf(args) });
    const file = dialog.openAnswers.shift();
    return Promise.resolve(file === undefined ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [file] });
  },
  showMessageBox(...args: unknown[]): Promise<{ response: number; checkboxChecked: boolean }> {
    const options = optionsOf(args);
    dialog.asked.push({ kind: 'message', options });
    const response = dialog.messageAnswers.shift() ?? (typeof options.cancelId === 'number' ? options.cancelId : 0);
    return Promise.resolve({ response, checkboxChecked: false });
  },
};

export const Menu = {
  current: null as { template: FakeMenuItem[] } | null,
  buildFromTemplate(template: FakeMenuItem[]) {
    return { template };
  },
  setApplicationMenu(menu: { template: FakeMenuItem[] } | null): void {
    Menu.current = menu;
  },
};

export class Notification extends EventEmitter {
  static supported = true;
  static failOnShow = false;
  static shown: Notification[] = [];
  static isSupported(): boolean {
    return Notification.supported;
  }
  options: { title: string; body: string };
  constructor(options: { title: string; body: string }) {
    super();
    this.options = options;
  }
  show(): void {
    if (Notification.failOnShow) throw new Error('the notification server is unavailable');
    Notification.shown.push(this);
  }
}

export const powerMonitor = new EventEmitter();

/** Forgets what earlier tests recorded, for files that start the scheduler more than once. */
export function resetRecords(): void {
  BrowserWindow.created.length = 0;
  Notification.shown.length = 0;
  Notification.supported = true;
  Notification.failOnShow = false;
  shell.opened.length = 0;
  app.badge = null;
  powerMonitor.removeAllListeners();
  dialog.errors.length = 0;
  dialog.asked.length = 0;
  dialog.saveAnswers.length = 0;
  dialog.openAnswers.length = 0;
  dialog.messageAnswers.length = 0;
}

export default { app, BrowserWindow, dialog, ipcMain, Menu, Notification, powerMonitor, protocol, screen, session, shell };

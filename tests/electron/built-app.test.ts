/**
 * The built main process (out/main/main.js), run under Node with a stand-in `electron` and a
 * real database in a temporary data folder: what Electron would see at start-up.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../api/store.ts';
import { METHODS } from '../../core/contract.ts';
import { calendarDateOf } from '../../core/dates.ts';
import { buildApp, OUT } from './build-app.ts';

vi.mock('electron', () => import('./fake-electron.ts'));
const fake = await import('./fake-electron.ts');

const APP_FRAME = { url: 'app://chancery/index.html', parent: null };
const yesterday = () => calendarDateOf(new Date(Date.now() - 86_400_000));

let dataDir: string;
let dbFile: string;
let savedArgv: string[];
let seededFollowUpId: string;

// Results are read loosely here: their exact types are the API's business, tested elsewhere.
type Envelope = { ok: true; result: Record<string, unknown> & { followUps: { id: string }[]; total: number; path: string } } | { ok: false; error: { code: string; message: string; issues: { field: string; problem: string }[] } };

function invoke(method: string, input?: unknown, frame: unknown = APP_FRAME): Envelope {
  const handler = fake.ipcMain.handlers.get(`api:${method}`);
  if (!handler) throw new Error(`no handler for ${method}`);
  return handler({ senderFrame: frame, sender: {} }, input) as Envelope;
}

function createFollowUp(title: string, due: string): string {
  const res = invoke('events.create', { title: `Event: ${title}`, date: '2026-01-10', followUps: [{ title, due }] });
  if (!res.ok) throw new Error(res.error.message);
  return res.result.followUps[0]!.id;
}

const win = () => fake.BrowserWindow.created[0]!;
/** Waits until an export or import started after `bars` progress values has ended: its bar removed. */
const transferEnded = (bars: number) => vi.waitFor(() => expect(win().progress.slice(bars).at(-1)).toBe(-1));
const sentCommands = () => win().webContents.sent.filter(([c]) => c === 'chancery:command').map(([, p]) => p);
const menuItems = () => (fake.Menu.current?.template ?? []).flatMap((m) => m.submenu ?? []);
/** Clicks a File item by its label in either language (an earlier test switches the menu to French). */
const clickMenu = (en: string, fr: string) => {
  const item = menuItems().find((i) => i.label === en || i.label === fr);
  if (!item?.click) throw new Error(`no menu item ${en}`);
  item.click();
};
const eventTitles = () => {
  const res = invoke('events.list', { limit: 500 });
  if (!res.ok) throw new Error(res.error.message);
  return (res.result.items as { title: string }[]).map((e) => e.title);
};

beforeAll(async () => {
  await buildApp();
  dataDir = mkdtempSync(path.join(tmpdir(), 'chancery-app-'));
  dbFile = path.join(dataDir, 'chancery.sqlite');
  const seed = openStore({ file: dbFile });
  const created = seed.dispatch('events.create', { title: 'Consultations', date: '2026-01-10', followUps: [{ title: 'Send the minutes', due: yesterday() }] });
  if (!created.ok) throw new Error(created.error.message);
  seededFollowUpId = (created.result as { followUps: { id: string }[] }).followUps[0]!.id;
  seed.close();
  savedArgv = process.argv;
  process.argv = [...savedArgv, '--data-dir', dataDir];
  await import(/* @vite-ignore */ OUT.main);
  await vi.waitFor(() => expect(fake.BrowserWindow.created).toHaveLength(1));
}, 180_000);

afterAll(() => {
  process.argv = savedArgv;
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the built main process', () => {
  it('answers every method of the API contract, one channel each, and nothing else', () => {
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(METHODS.map((m) => `api:${m}`).sort());
  });

  it('opens the database in the folder given with --data-dir', () => {
    const res = invoke('store.info', {});
    expect(res.ok && res.result.path).toBe(dbFile);
    expect(fake.app.getPath('userData')).toBe(dataDir);
  });

  it('refuses a message from another origin, a subframe or a vanished frame, writing nothing', () => {
    const before = invoke('events.list', {});
    for (const frame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'app://chancery/index.html', parent: { url: 'app://chancery/index.html' } },
      { url: 'file:///tmp/index.html', parent: null },
      null,
    ]) {
      const res = invoke('events.create', { title: 'forged', date: '2026-01-01' }, frame);
      expect(res.ok).toBe(false);
      expect(!res.ok && res.error.code).toBe('forbidden');
    }
    const after = invoke('events.list', {});
    expect(after.ok && after.result.total).toBe(before.ok && before.result.total);
  });

  it('returns a bad call as the API’s readable error naming the field, never a stack trace', () => {
    const res = invoke('events.create', { date: '2026-02-30' });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('invalid_input');
    expect(res.error.issues.map((i) => i.field)).toEqual(expect.arrayContaining(['title', 'date']));
    expect(JSON.stringify(res)).not.toMatch(/\n\s+at |\.ts:\d+|main\.js/);
  });

  it('creates every window with the secure preferences and the built preload', () => {
    expect(fake.BrowserWindow.created.length).toBeGreaterThan(0);
    for (const w of fake.BrowserWindow.created) {
      expect(w.options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        preload: OUT.preload,
      });
      expect(existsSync(String(w.options.webPreferences?.preload))).toBe(true);
    }
  });

  it('loads the page from app://, and the protocol serves the built page and its scripts with the CSP', async () => {
    expect(win().url).toBe('app://chancery/index.html');
    expect(fake.protocol.registeredBeforeReady).toBe(true);
    expect(fake.protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    const serve = fake.protocol.handlers.get('app')!;
    const page = await serve(new Request(win().url!));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const html = await page.text();
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      const res = await serve(new Request(new URL(src, win().url!).href));
      expect(res.status, src).toBe(200);
    }
    expect(existsSync(path.join(OUT.renderer, 'index.html'))).toBe(true);
  });

  it('serves the entry page with its first screen: the data as a JSON block, the rows drawn from it; the server-side renderer is not served', async () => {
    const serve = fake.protocol.handlers.get('app')!;
    const html = await (await serve(new Request(win().url!))).text();
    const block = /<script type="application\/json" id="first-screen">([^<]*)<\/script>/.exec(html);
    expect(block).not.toBeNull();
    const first = JSON.parse(block![1]!) as { today: string; page: { title: string }[]; density: { total: number } };
    expect(first.today).toBe(calendarDateOf(new Date()));
    expect(first.page.map((e) => e.title)).toContain('Consultations');
    expect(first.density.total).toBeGreaterThan(0);
    if (existsSync(path.join(OUT.renderer, 'ssr', 'first-screen.cjs'))) {
      expect(html).toMatch(/class="ev-row" data-event-id="[^"]+"/);
      expect(html).toContain('Consultations');
    }
    expect((await serve(new Request('app://chancery/ssr/first-screen.cjs'))).status).toBe(404);
  });

  it('denies navigation, window.open and webviews in the window', () => {
    const contents = win().webContents;
    expect(contents.navigate('will-navigate', 'https://evil.example/')).toBe(false);
    expect(contents.navigate('will-attach-webview', 'https://evil.example/')).toBe(false);
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });

  it('refuses every permission the page asks for', () => {
    let granted: boolean | undefined;
    fake.session.defaultSession.permissionRequestHandler?.({}, 'media', (g: boolean) => { granted = g; }, {});
    expect(granted).toBe(false);
  });

  it('installs a menu whose items reach the page as commands', () => {
    const items = (fake.Menu.current?.template ?? []).flatMap((m) => m.submenu ?? []);
    items.find((i) => i.accelerator === 'CmdOrCtrl+N')?.click?.();
    expect(sentCommands()).toContain('new-event');
  });

  it('relabels the menu in French after the language setting changes', () => {
    expect(invoke('settings.update', { language: 'fr' }).ok).toBe(true);
    expect(fake.Menu.current?.template.map((m) => m.label)).toContain('Fichier');
  });

  it('focuses the existing window when a second instance starts', () => {
    const before = win().focusCount;
    fake.app.emit('second-instance', {}, ['chancery'], dataDir);
    expect(win().focusCount).toBe(before + 1);
    expect(fake.BrowserWindow.created).toHaveLength(1);
  });

  it('shows on start the reminder missed while the app was closed, with a badge', () => {
    expect(fake.Notification.shown.map((n) => [n.options.title, n.options.body])).toEqual([['Missed follow-up', 'Send the minutes — Consultations']]);
    expect(fake.app.badge).toBe(1);
  });

  it('opens the follow-up in the window when the notification is clicked', () => {
    fake.Notification.shown[0]!.emit('click');
    expect(sentCommands()).toContain(`open-follow-up:${seededFollowUpId}`);
  });

  it('re-plans after a write through the bridge', () => {
    createFollowUp('Call the embassy', yesterday());
    expect(fake.Notification.shown.map((n) => n.options.title)).toHaveLength(2);
    expect(fake.app.badge).toBe(2);
  });

  it('catches up after the machine resumes from sleep', () => {
    // Another writer (the command line) adds an overdue item while the app sleeps.
    const other = openStore({ file: dbFile });
    other.dispatch('events.create', { title: 'Summit', date: '2026-01-10', followUps: [{ title: 'Draft the statement', due: yesterday() }] });
    other.close();
    expect(fake.Notification.shown).toHaveLength(2);
    fake.powerMonitor.emit('resume');
    expect(fake.Notification.shown.map((n) => n.options.body)).toContain('Draft the statement — Summit');
  });

  it('sends the reminder to the in-app panel when the system cannot notify', () => {
    fake.Notification.supported = false;
    const id = createFollowUp('Quiet reminder', yesterday());
    const reminders = win().webContents.sent.filter(([c]) => c === 'chancery:reminder').map(([, p]) => p as { followUps: { id: string }[] });
    expect(reminders.flatMap((r) => r.followUps.map((f) => f.id))).toEqual([id]);
    fake.Notification.supported = true;
  });

  it('exports the whole record as JSON to the file chosen in the save dialog, on the built worker, saying so meanwhile', async () => {
    const file = path.join(dataDir, 'exports', 'record.json');
    mkdirSync(path.dirname(file), { recursive: true });
    fake.dialog.saveAnswers.push(file);
    const bars = win().progress.length;
    const told = sentCommands().length;
    clickMenu('Export…', 'Exporter…');
    await transferEnded(bars);
    expect(win().progress.slice(bars)).toEqual([2, -1]);
    expect(sentCommands().slice(told)).toEqual(['transfer:exporting', 'transfer:end']);
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    expect(doc.format).toBe('chancery-export');
    expect(doc.events.map((e: { event: { title: string } }) => e.event.title).sort()).toEqual(eventTitles().sort());
    expect(doc.events.map((e: { event: { title: string } }) => e.event.title)).toContain('Consultations');
  });

  it('exports events and follow-ups as two CSV files, each starting with a byte-order mark', async () => {
    const file = path.join(dataDir, 'exports', 'sheet.csv');
    fake.dialog.saveAnswers.push(file);
    const bars = win().progress.length;
    clickMenu('Export…', 'Exporter…');
    const followUps = path.join(dataDir, 'exports', 'sheet.followups.csv');
    await transferEnded(bars);
    expect(existsSync(followUps)).toBe(true);
    const events = readFileSync(file, 'utf8');
    const due = readFileSync(followUps, 'utf8');
    expect(events.startsWith('\uFEFFid,date,')).toBe(true);
    expect(events).toContain('Consultations');
    expect(due.startsWith('\uFEFFid,eventId,')).toBe(true);
    expect(due).toContain('Send the minutes');
  });

  it('refuses a bad import file with the API’s message naming the field, changing nothing', async () => {
    const before = eventTitles();
    const errors = fake.dialog.errors.length;
    const file = path.join(dataDir, 'exports', 'bad.json');
    const doc = JSON.parse(readFileSync(path.join(dataDir, 'exports', 'record.json'), 'utf8'));
    doc.events[0].event.title = 'Imported twice';
    doc.events[0].event.date = '2026-13-01';
    writeFileSync(file, JSON.stringify(doc));
    fake.dialog.openAnswers.push(file);
    fake.dialog.messageAnswers.push(0);
    clickMenu('Import…', 'Importer…');
    await vi.waitFor(() => expect(fake.dialog.errors.length).toBe(errors + 1));
    expect(fake.dialog.errors.at(-1)![1]).toMatch(/\nevents\[0\]\.event\.date: /);
    expect(eventTitles()).toEqual(before);
    expect(sentCommands()).not.toContain('data-changed');
  });

  it('imports a good file after asking, adds its events and tells the page', async () => {
    const otherDir = mkdtempSync(path.join(tmpdir(), 'chancery-other-'));
    const other = openStore({ file: path.join(otherDir, 'chancery.sqlite') });
    other.dispatch('events.create', { title: 'Ministerial visit', date: '2026-03-02' });
    other.dispatch('events.create', { title: 'Joint statement', date: '2026-03-03' });
    const exported = other.dispatch('data.export', {});
    other.close();
    rmSync(otherDir, { recursive: true, force: true });
    if (!exported.ok) throw new Error(exported.error.message);
    const file = path.join(dataDir, 'exports', 'good.json');
    writeFileSync(file, JSON.stringify(exported.result));
    const before = eventTitles().length;
    const asked = fake.dialog.asked.length;
    const bars = win().progress.length;
    const told = sentCommands().length;
    fake.dialog.openAnswers.push(file);
    fake.dialog.messageAnswers.push(0);
    clickMenu('Import…', 'Importer…');
    await vi.waitFor(() => expect(sentCommands()).toContain('data-changed'));
    expect(fake.dialog.asked.slice(asked).find((q) => q.kind === 'message')?.options.message).toMatch(/^(Import 2 events|Importer 2 événements)/);
    // Written by the built worker (out/main/file-worker.js): its steps reached the taskbar and the page, then went.
    expect(win().progress.slice(bars)).toEqual([1, 2, -1]);
    expect(sentCommands().slice(told).filter((c) => String(c).startsWith('transfer:'))).toEqual(['transfer:2/2', 'transfer:tidying', 'transfer:end']);
    expect(eventTitles()).toHaveLength(before + 2);
    expect(eventTitles()).toEqual(expect.arrayContaining(['Ministerial visit', 'Joint statement']));
  });

  it('remembers the window bounds in the data folder when the window closes', () => {
    win().close();
    const state = JSON.parse(readFileSync(path.join(dataDir, 'window-state.json'), 'utf8'));
    expect(state.bounds).toMatchObject({ width: expect.any(Number), height: expect.any(Number) });
  });

  it('quits when the last window closes (except on macOS) and closes the database cleanly', () => {
    fake.app.emit('window-all-closed');
    if (process.platform !== 'darwin') expect(fake.app.quitCalls).toBeGreaterThan(0);
    expect(existsSync(`${dbFile}-wal`)).toBe(true);
    fake.app.emit('will-quit', {});
    // SQLite folds the write-ahead log back and deletes it only when the last connection closes cleanly.
    expect(existsSync(`${dbFile}-wal`)).toBe(false);
  });
});

interface Bridge {
  invoke(method: unknown, input?: unknown): Promise<unknown>;
  onReminder(listener: unknown): () => void;
  onCommand(listener: unknown): () => void;
}

describe('the built preload', () => {
  function loadPreload() {
    const exposed = new Map<string, Bridge>();
    const invoked: [string, unknown][] = [];
    type Listener = (event: unknown, payload: unknown) => void;
    const listeners = new Map<string, Set<Listener>>();
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: Bridge) => exposed.set(key, api) },
      ipcRenderer: {
        invoke: (channel: string, input: unknown) => {
          invoked.push([channel, input]);
          return Promise.resolve({ ok: true, result: null });
        },
        on: (channel: string, l: Listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(l)),
        removeListener: (channel: string, l: Listener) => listeners.get(channel)?.delete(l),
      },
    };
    // A sandboxed preload can require little but `electron`: the built file must be self-contained.
    const sandboxRequire = (id: string) => {
      if (id === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require ${id}`);
    };
    const code = readFileSync(OUT.preload, 'utf8');
    const module = { exports: {} };
    new Function('require', 'module', 'exports', code)(sandboxRequire, module, module.exports);
    const emit = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((l) => l({}, payload));
    const bridge = () => {
      const api = exposed.get('chancery');
      if (!api) throw new Error('the preload exposed no window.chancery');
      return api;
    };
    return { exposed, invoked, emit, bridge };
  }

  it('exposes one object, window.chancery, with only invoke, onReminder and onCommand', () => {
    const { exposed } = loadPreload();
    expect([...exposed.keys()]).toEqual(['chancery']);
    expect(Object.keys(exposed.get('chancery')!).sort()).toEqual(['invoke', 'onCommand', 'onReminder']);
  });

  it('sends a contract method down its own channel', async () => {
    const { bridge, invoked } = loadPreload();
    await bridge().invoke('events.list', { limit: 5 });
    expect(invoked).toEqual([['api:events.list', { limit: 5 }]]);
  });

  it('answers an unknown method itself, without sending anything', async () => {
    const { bridge, invoked } = loadPreload();
    const res = await bridge().invoke('__proto__', {});
    expect(res).toMatchObject({ ok: false, error: { code: 'unknown_method', issues: [{ field: 'method' }] } });
    expect(invoked).toEqual([]);
  });

  it('delivers commands and reminders to subscribers until they unsubscribe', () => {
    const { bridge, emit } = loadPreload();
    const commands: unknown[] = [];
    const reminders: unknown[] = [];
    const stop = bridge().onCommand((c: unknown) => commands.push(c));
    bridge().onReminder((r: unknown) => reminders.push(r));
    emit('chancery:command', 'search');
    emit('chancery:command', { not: 'a command' });
    emit('chancery:reminder', { followUps: [] });
    stop();
    emit('chancery:command', 'new-event');
    expect(commands).toEqual(['search']);
    expect(reminders).toEqual([{ followUps: [] }]);
  });

  it('refuses a listener that is not a function', () => {
    const { bridge } = loadPreload();
    expect(() => bridge().onCommand('nope')).toThrow(/listener/);
  });
});

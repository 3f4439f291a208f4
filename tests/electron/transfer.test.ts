/**
 * Export… and Import… from the menu: the pure choices (format by extension, file names, the
 * question in both languages) and the dialog flows on real stores in a temporary folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Store } from '../../api/store.ts';

vi.mock('electron', () => import('./fake-electron.ts'));
const fake = await import('./fake-electron.ts');
const { openStore } = await import('../../api/store.ts');
const { busyText, defaultExportName, exportFilters, exportWithDialog, importProblem, importQuestion, importWithDialog, transferCommand } = await import('../../electron/transfer.ts');
const { readExport } = await import('../../api/import-job.ts');
const { exportTargets, writeFilesWhole } = await import('../../api/export-job.ts');
/** The worker the desktop app builds as out/main/file-worker.js, run from its source. */
const WORKER = new URL('../../api/file-worker.ts', import.meta.url);

describe('choosing what to write', () => {
  it('writes the full JSON export for a .json name', () => {
    expect(exportTargets('/tmp/out/record.json')).toEqual({ format: 'json', files: ['/tmp/out/record.json'] });
  });

  it('writes events and follow-ups beside each other for a .csv name, whatever its case', () => {
    expect(exportTargets('/tmp/out/record.csv')).toEqual({ format: 'csv', files: ['/tmp/out/record.csv', '/tmp/out/record.followups.csv'] });
    expect(exportTargets('/tmp/out/Record.CSV')).toEqual({ format: 'csv', files: ['/tmp/out/Record.csv', '/tmp/out/Record.followups.csv'] });
  });

  it('writes the open follow-ups as a calendar for a .ics name', () => {
    expect(exportTargets('C:\\Users\\a\\due.ICS')).toEqual({ format: 'ics', files: ['C:\\Users\\a\\due.ICS'] });
  });

  it('gives a name without a known extension the full export, named .json', () => {
    expect(exportTargets('/tmp/out/record')).toEqual({ format: 'json', files: ['/tmp/out/record.json'] });
    expect(exportTargets('/tmp/out/record.txt')).toEqual({ format: 'json', files: ['/tmp/out/record.txt.json'] });
  });

  it('offers JSON first, then CSV and iCalendar, labelled in the menu’s language', () => {
    expect(exportFilters('en').map((f) => f.extensions)).toEqual([['json'], ['csv'], ['ics']]);
    expect(exportFilters('fr')[1]!.name).toMatch(/^Tableur/);
    expect(defaultExportName('2026-03-01')).toBe('chancery-export-2026-03-01.json');
  });
});

describe('the import question', () => {
  it('counts the events in English and French, singular and plural', () => {
    expect(importQuestion('en', 3).message).toBe('Import 3 events into your store?');
    expect(importQuestion('en', 1).message).toBe('Import 1 event into your store?');
    expect(importQuestion('fr', 2).message).toBe('Importer 2 événements dans votre registre\u00a0?');
    expect(importQuestion('fr', 1).message).toBe('Importer 1 événement dans votre registre\u00a0?');
    expect(importQuestion('fr', 1).buttons).toEqual(['Importer', 'Annuler']);
  });

  it('reads the count from an export, even one saved with a byte-order mark', () => {
    expect(readExport('\uFEFF{"events":[{},{}]}')).toMatchObject({ ok: true, count: 2 });
  });

  it('says which file is not JSON, or not an export', () => {
    const problem = (lang: 'en' | 'fr', name: string, text: string) => {
      const read = readExport(text);
      if (read.ok) throw new Error(`${text} read as an export`);
      return importProblem(lang, name, read);
    };
    expect(problem('en', 'a.json', '{"events":')).toMatch(/^a\.json: is not a valid JSON file \(.+\)$/);
    expect(problem('fr', 'b.json', '[1,2]')).toMatch(/^b\.json: n'est pas un export Chancery/);
    expect(problem('en', 'c.json', '{"events":{}}')).toContain('is not a Chancery export');
    expect(importProblem('en', 'd.json', { ok: false, problem: 'unreadable', detail: "EACCES: permission denied, open 'd.json'" })).toBe("EACCES: permission denied, open 'd.json'");
  });
});

let dir: string;
let store: Store;
const ok = (method: string, input: unknown) => {
  const res = store.dispatch(method, input);
  if (!res.ok) throw new Error(res.error.message);
  return res.result;
};
const eventTotal = (s: Store) => (s.dispatch('events.list', {}) as { ok: true; result: { total: number } }).result.total;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'chancery-transfer-'));
  store = openStore({ file: path.join(dir, 'chancery.sqlite') });
  fake.resetRecords();
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('while an export or an import runs', () => {
  it('says why the other file actions wait, in the menu’s language', () => {
    expect(busyText('en')).toBe('An export or an import is running; try again when it ends.');
    expect(busyText('fr')).toBe('Une exportation ou une importation est en cours ; réessayez quand elle sera terminée.');
  });

  it('tells the page each step as a command string', () => {
    expect(transferCommand({ phase: 'writing', done: 1_000, total: 2_100 })).toBe('transfer:1000/2100');
    expect(transferCommand({ phase: 'tidying' })).toBe('transfer:tidying');
    expect(transferCommand({ phase: 'exporting' })).toBe('transfer:exporting');
    expect(transferCommand(null)).toBe('transfer:end');
  });
});

describe('writing files whole', () => {
  it('leaves only the finished files, no temporary beside them', async () => {
    const a = path.join(dir, 'a.csv');
    const b = path.join(dir, 'a.followups.csv');
    await writeFilesWhole([{ path: a, text: 'one' }, { path: b, text: 'two' }]);
    expect(readFileSync(a, 'utf8')).toBe('one');
    expect(readFileSync(b, 'utf8')).toBe('two');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes no real file when one of the pair cannot be written, and cleans up', async () => {
    const good = path.join(dir, 'x.csv');
    await expect(writeFilesWhole([{ path: good, text: 'one' }, { path: path.join(dir, 'missing', 'x.followups.csv'), text: 'two' }])).rejects.toThrow();
    expect(existsSync(good)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('Export…', () => {
  it('writes nothing when the user cancels', async () => {
    expect(await exportWithDialog(null, { store, workerFile: WORKER }, 'en', '2026-03-01')).toEqual([]);
    expect(fake.dialog.asked[0]).toMatchObject({ kind: 'save', options: { defaultPath: 'chancery-export-2026-03-01.json' } });
  });

  it('writes the open follow-ups as an iCalendar file, on a worker thread, saying so while it does', async () => {
    ok('events.create', { title: 'Talks', date: '2026-01-10', followUps: [{ title: 'Send the minutes', due: '2026-02-01' }] });
    const file = path.join(dir, 'due.ics');
    fake.dialog.saveAnswers.push(file);
    const steps: unknown[] = [];
    expect(await exportWithDialog(null, { store, workerFile: WORKER, onProgress: (p) => steps.push(p) }, 'en', '2026-03-01')).toEqual([file]);
    expect(steps).toEqual([{ phase: 'exporting' }, null]);
    const ics = readFileSync(file, 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('Send the minutes');
  });

  it('shows why the file could not be written, in the menu’s language', async () => {
    fake.dialog.saveAnswers.push(path.join(dir, 'no-such-folder', 'out.json'));
    expect(await exportWithDialog(null, { store, workerFile: WORKER }, 'fr', '2026-03-01')).toEqual([]);
    expect(fake.dialog.errors).toEqual([['Chancery', expect.stringMatching(/^Rien n'a été exporté\.\n.*ENOENT/)]]);
  });
});

describe('Import…', () => {
  function exportFileWith(titles: string[]): string {
    const otherDir = path.join(dir, 'other');
    mkdirSync(otherDir);
    const other = openStore({ file: path.join(otherDir, 'chancery.sqlite') });
    for (const title of titles) other.dispatch('events.create', { title, date: '2026-01-10' });
    const doc = other.dispatch('data.export', {});
    other.close();
    if (!doc.ok) throw new Error(doc.error.message);
    const file = path.join(dir, 'export.json');
    writeFileSync(file, JSON.stringify(doc.result));
    return file;
  }

  it('asks with the count, then adds the events on a worker thread, telling each step', async () => {
    fake.dialog.openAnswers.push(exportFileWith(['Summit', 'Visit']));
    fake.dialog.messageAnswers.push(0);
    const steps: unknown[] = [];
    let refused: unknown = null;
    const summary = await importWithDialog(null, { store, workerFile: WORKER, onProgress: (p) => {
      steps.push(p);
      refused ??= store.dispatch('events.create', { title: 'Typed meanwhile', date: '2026-01-11' });
    } }, 'en');
    expect(summary).toMatchObject({ events: 2 });
    expect(steps).toEqual([{ phase: 'writing', done: 2, total: 2 }, { phase: 'tidying' }, null]);
    expect(refused).toEqual({ ok: false, error: { code: 'store_unavailable', message: 'An import is being written; try again when it ends.', issues: [] } });
    expect(store.dispatch('events.create', { title: 'Typed after', date: '2026-01-11' }).ok).toBe(true);
    expect(fake.dialog.asked.find((q) => q.kind === 'message')?.options.message).toBe('Import 2 events into your store?');
    expect(eventTotal(store)).toBe(3);
  });

  it('changes nothing when the user says no', async () => {
    fake.dialog.openAnswers.push(exportFileWith(['Summit']));
    fake.dialog.messageAnswers.push(1);
    expect(await importWithDialog(null, { store, workerFile: WORKER }, 'en')).toBeNull();
    expect(eventTotal(store)).toBe(0);
    expect(fake.dialog.errors).toEqual([]);
  });

  it('refuses the whole file when one event is wrong, naming the field', async () => {
    const file = exportFileWith(['Good', 'Bad']);
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    doc.events[1].event.date = '2026-02-30';
    writeFileSync(file, JSON.stringify(doc));
    fake.dialog.openAnswers.push(file);
    fake.dialog.messageAnswers.push(0);
    expect(await importWithDialog(null, { store, workerFile: WORKER }, 'en')).toBeNull();
    expect(fake.dialog.errors).toHaveLength(1);
    const [, content] = fake.dialog.errors[0]!;
    expect(content.split('\n')).toEqual(['Nothing was imported.', expect.stringMatching(/^events\[1\]\.event\.date: /)]);
    expect(eventTotal(store)).toBe(0);
  });
});

/** Daily automatic backups, kept for two weeks, and a restore that gives back the same store. */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../api/store.ts';
import type { ExportDocument } from '../../core/export-format.ts';
import { autoBackup, backupsDir, backupTo, BACKUPS_KEPT, listBackups, restoreFrom } from '../../db/backup.ts';
import { maliRussiaMeeting, plainEvent } from '../helpers/events.ts';
import { fileHash, openTestStore, type TestStore } from '../helpers/store.ts';

let t: TestStore;
beforeEach(() => {
  t = openTestStore();
  t.call('events.create', maliRussiaMeeting());
  t.call('events.create', plainEvent('Sommet de la CEDEAO à Abuja', '2025-06-22', { followUps: [{ title: 'Communiqué final', window: { from: '2025-07-01', to: '2025-07-15' } }] }));
});
afterEach(() => t.cleanup());

/** Opens the store file, makes one call that must succeed, and closes it again. */
function call(file: string, method: 'data.export' | 'store.info'): unknown {
  const store = openStore({ file });
  try {
    const envelope = store.dispatch(method, undefined);
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.result;
  } finally {
    store.close();
  }
}

const withoutStamp = (doc: ExportDocument) => ({ ...doc, exportedAt: undefined });
const at = (iso: string) => new Date(iso);

describe('automatic backups', () => {
  it('writes one backup per day, named for the day, in the backups folder', async () => {
    const first = await autoBackup(t.store.ctx.db, t.dir, at('2025-07-01T08:00:00'));
    expect(first.file).toBe(join(t.dir, 'backups', 'chancery-2025-07-01.sqlite'));
    t.call('events.create', plainEvent('Plus tard le même jour', '2025-07-01'));
    const again = await autoBackup(t.store.ctx.db, t.dir, at('2025-07-01T18:00:00'));
    expect(again.file).toBeNull();
    expect(readdirSync(backupsDir(t.dir))).toEqual(['chancery-2025-07-01.sqlite']);
  });

  it('keeps the 14 most recent and deletes older ones, but never a file the user put there', async () => {
    for (let day = 1; day <= 20; day++) {
      await autoBackup(t.store.ctx.db, t.dir, at(`2025-07-${String(day).padStart(2, '0')}T09:00:00`));
      if (day === 3) writeFileSync(join(backupsDir(t.dir), 'mine.sqlite'), 'kept');
    }
    const kept = listBackups(backupsDir(t.dir));
    expect(kept).toHaveLength(BACKUPS_KEPT);
    expect(kept[0]!.date).toBe('2025-07-20');
    expect(kept.at(-1)!.date).toBe('2025-07-07');
    expect(existsSync(join(backupsDir(t.dir), 'mine.sqlite'))).toBe(true);
  });

  it('lists the backups through the API, newest first', async () => {
    await autoBackup(t.store.ctx.db, t.dir, at('2025-07-01T09:00:00'));
    await autoBackup(t.store.ctx.db, t.dir, at('2025-07-02T09:00:00'));
    const { dir, backups } = t.call('store.backups');
    expect(dir).toBe(backupsDir(t.dir));
    expect(backups.map((b) => b.date)).toEqual(['2025-07-02', '2025-07-01']);
    expect(backups[0]!.bytes).toBeGreaterThan(0);
  });
});

describe('restore', () => {
  it('gives back a store whose export equals the original, and keeps the replaced file aside', async () => {
    const original = t.call('data.export');
    const backup = join(t.dir, 'manual.sqlite');
    await backupTo(t.store.ctx.db, backup);
    t.call('events.create', plainEvent('Écrit après la sauvegarde', '2025-07-02'));
    t.store.close();

    const { movedAside } = restoreFrom(t.file, backup, at('2025-07-03T10:11:12'));
    expect(movedAside).toBe(`${t.file}.before-restore-20250703-101112`);
    expect(withoutStamp(call(t.file, 'data.export') as ExportDocument)).toEqual(withoutStamp(original));
    expect((call(movedAside!, 'store.info') as { events: number }).events).toBe(3);
  });

  it('refuses a file that is not a Chancery store and changes nothing', async () => {
    const bogus = join(t.dir, 'bogus.sqlite');
    writeFileSync(bogus, 'this is a note, not a database');
    t.store.close();
    const [before, bogusBefore] = [fileHash(t.file), fileHash(bogus)];
    expect(() => restoreFrom(t.file, bogus, new Date())).toThrow(/not a SQLite database/);
    expect(fileHash(t.file)).toBe(before);
    expect(fileHash(bogus)).toBe(bogusBefore);
    expect(readdirSync(t.dir).sort()).toEqual(['bogus.sqlite', 'chancery.sqlite']);
  });
});

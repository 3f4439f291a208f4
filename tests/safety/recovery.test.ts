/**
 * Bad data files: each is named for what is wrong with it, never modified, and the ways forward
 * (restore the latest backup, or start fresh with the bad file kept aside) both work.
 */
import Database from 'better-sqlite3';
import { chmodSync, copyFileSync, existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../api/store.ts';
import { autoBackup, backupsDir } from '../../db/backup.ts';
import { APPLICATION_ID } from '../../db/open.ts';
import { diagnose, type FileProblem, restoreLatest, startFresh } from '../../db/recovery.ts';
import { maliRussiaMeeting } from '../helpers/events.ts';
import { fileHash, openTestStore, tempDir, type TestStore } from '../helpers/store.ts';

let t: TestStore;
let good: string;
beforeEach(() => {
  t = openTestStore();
  t.call('events.create', maliRussiaMeeting());
  t.store.close();
  good = join(t.dir, 'good.sqlite');
  copyFileSync(t.file, good);
});
afterEach(() => {
  chmodSync(t.file, 0o644);
  t.cleanup();
});

/** Each bad file, made from a good store where that is how it happens in life. */
const MAKERS: Record<Exclude<FileProblem, 'locked' | 'unreadable' | 'damaged'>, (file: string) => void> = {
  empty: (file) => writeFileSync(file, ''),
  garbage: (file) => writeFileSync(file, '%PDF-1.7 this is a document somebody saved under the wrong name'.repeat(100)),
  truncated: (file) => truncateSync(file, Math.floor(readFileSync(file).length / 2) + 100),
  not_chancery: (file) => {
    writeFileSync(file, '');
    const db = new Database(file);
    db.exec('CREATE TABLE recipes (name TEXT)');
    db.close();
  },
  newer: (file) => {
    const db = new Database(file);
    db.pragma('journal_mode = DELETE');
    db.pragma('user_version = 999');
    db.close();
  },
  read_only: (file) => chmodSync(file, 0o444),
};

const MESSAGES: Record<FileProblem, RegExp> = {
  empty: /is empty/,
  garbage: /not a SQLite file/,
  truncated: /is truncated/,
  damaged: /is damaged/,
  not_chancery: /not one of Chancery's/,
  newer: /newer version of Chancery/,
  read_only: /is read-only/,
  locked: /in use by another program/,
  unreadable: /cannot be read/,
};

describe.each(Object.entries(MAKERS))('a data file that is %s', (problem, make) => {
  beforeEach(() => make(t.file));

  it('is named for what is wrong, with ways forward, and its bytes are unchanged', () => {
    const before = fileHash(t.file);
    const d = diagnose(t.file, { thorough: true });
    expect(d?.problem).toBe(problem);
    expect(d?.message).toMatch(MESSAGES[problem as FileProblem]);
    expect(d?.message).toContain(t.file);
    expect(d?.remedies).toEqual(problem === 'read_only' ? ['retry'] : ['fresh']);
    expect(fileHash(t.file)).toBe(before);
  });

  it('is refused by the store or never reaches it, and its bytes are unchanged', () => {
    const before = fileHash(t.file);
    if (['garbage', 'not_chancery', 'newer'].includes(problem)) {
      expect(() => openStore({ file: t.file })).toThrow(/left untouched/);
    }
    expect(fileHash(t.file)).toBe(before);
  });
});

describe('ways forward', () => {
  beforeEach(async () => {
    const source = openStore({ file: good });
    await autoBackup(source.ctx.db, t.dir, new Date('2025-07-01T09:00:00'));
    source.close();
    MAKERS.garbage(t.file);
  });

  it('offers the latest backup when there is one', () => {
    const d = diagnose(t.file, { backupsDir: backupsDir(t.dir) });
    expect(d?.remedies).toEqual(['restore', 'fresh']);
    expect(d?.backup?.date).toBe('2025-07-01');
  });

  it('restores the latest backup, keeping the bad file aside byte for byte', () => {
    const bad = fileHash(t.file);
    const { movedAside } = restoreLatest(t.file, backupsDir(t.dir), new Date('2025-07-02T08:09:10'));
    expect(movedAside).toBe(`${t.file}.bad-20250702-080910`);
    expect(fileHash(movedAside!)).toBe(bad);
    expect(diagnose(t.file)).toBeNull();
    const store = openStore({ file: t.file });
    const info = store.dispatch('store.info', undefined);
    store.close();
    expect(info.ok && (info.result as { events: number }).events).toBe(1);
  });

  it('starts fresh, keeping the bad file aside byte for byte', () => {
    const bad = fileHash(t.file);
    const { movedAside } = startFresh(t.file, new Date('2025-07-02T08:09:10'));
    expect(movedAside).toBe(`${t.file}.bad-20250702-080910`);
    expect(fileHash(movedAside!)).toBe(bad);
    expect(existsSync(t.file)).toBe(false);
    const store = openStore({ file: t.file });
    const info = store.dispatch('store.info', undefined);
    store.close();
    expect(info.ok && (info.result as { events: number }).events).toBe(0);
  });
});

describe('a data file held by another program', () => {
  it('is named as in use, with retry as the way forward, and is not changed', () => {
    const other = new Database(t.file);
    other.pragma('locking_mode = EXCLUSIVE');
    other.exec('BEGIN EXCLUSIVE');
    try {
      const d = diagnose(t.file);
      expect(d?.problem).toBe('locked');
      expect(d?.message).toMatch(MESSAGES.locked);
      expect(d?.remedies).toEqual(['retry']);
      expect(() => openStore({ file: t.file })).toThrow(/in use by another program/);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(diagnose(t.file)).toBeNull();
  });
});

describe('a damaged file', () => {
  it('is found by the thorough check and never modified', () => {
    // Scribble over an index page, past the header, as a failing disk would.
    const db = new Database(t.file);
    db.pragma('journal_mode = DELETE');
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const page = (db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'events_timeline'").pluck().get() as number);
    db.close();
    const bytes = readFileSync(t.file);
    bytes.fill(0x5a, (page - 1) * pageSize + 8, page * pageSize);
    writeFileSync(t.file, bytes);
    const before = fileHash(t.file);
    expect(diagnose(t.file, { thorough: true })?.problem).toBe('damaged');
    expect(fileHash(t.file)).toBe(before);
  });
});

describe('a healthy file', () => {
  it('is fine, as is a missing one', () => {
    expect(diagnose(good, { thorough: true })).toBeNull();
    expect(diagnose(join(tempDir(), 'none.sqlite'))).toBeNull();
    expect(APPLICATION_ID).toBeGreaterThan(0);
  });
});

/** Opening a file: a new store is created and migrated; anything that is not ours, or is newer, is refused untouched. */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../api/store.ts';
import { ApiError } from '../../core/errors.ts';
import { LATEST_VERSION } from '../../db/migrations/index.ts';
import { APPLICATION_ID } from '../../db/open.ts';
import { maliRussiaMeeting } from '../helpers/events.ts';
import { fileHash, openTestStore, tableChecksum, tempDir, type TestStore } from '../helpers/store.ts';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A closed, real Chancery file with one event in it. */
function chanceryFile(name = 'chancery.sqlite'): string {
  const t = openTestStore({ dir, fileName: name });
  t.call('events.create', maliRussiaMeeting());
  t.store.close();
  return t.file;
}

function refusal(file: string): ApiError {
  try {
    openStore({ file }).close();
  } catch (err) {
    return err as ApiError;
  }
  throw new Error(`${file} was opened but should have been refused`);
}

function pragmas(file: string): { version: number; appId: number; strict: { name: string; strict: number }[] } {
  const db = new Database(file, { readonly: true });
  try {
    return {
      version: db.pragma('user_version', { simple: true }) as number,
      appId: db.pragma('application_id', { simple: true }) as number,
      strict: (db.pragma('table_list') as { name: string; type: string; strict: number }[])
        .filter((t) => t.type === 'table' && !t.name.startsWith('sqlite_'))
        .map(({ name, strict }) => ({ name, strict })),
    };
  } finally {
    db.close();
  }
}

describe('a new store', () => {
  it('is created, folders and all, at the latest schema version with the Chancery application id', () => {
    const file = join(dir, 'nested', 'deeper', 'chancery.sqlite');
    openStore({ file }).close();
    const p = pragmas(file);
    expect(p.version).toBe(LATEST_VERSION);
    expect(p.appId).toBe(APPLICATION_ID);
  });

  it('has only STRICT tables', () => {
    const p = pragmas(chanceryFile());
    expect(p.strict.length).toBeGreaterThan(10);
    expect(p.strict.filter((t) => t.strict !== 1)).toEqual([]);
  });

  it('runs in WAL mode with foreign keys on', () => {
    const t = openTestStore({ dir });
    expect(t.store.ctx.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(t.store.ctx.db.pragma('foreign_keys', { simple: true })).toBe(1);
    t.store.close();
  });

  it('accepts an empty 0-byte file and turns it into a store', () => {
    const file = join(dir, 'empty.sqlite');
    writeFileSync(file, '');
    const store = openStore({ file });
    const info = store.dispatch('store.info', undefined);
    store.close();
    expect(info).toMatchObject({ ok: true, result: { schemaVersion: LATEST_VERSION, events: 0 } });
    expect(pragmas(file).appId).toBe(APPLICATION_ID);
  });
});

describe('reopening a store', () => {
  it('changes nothing: same rows, same version, organisations not seeded twice', () => {
    const file = chanceryFile();
    const first = new Database(file, { readonly: true });
    const before = tableChecksum(first);
    first.close();

    const t = openTestStore({ dir });
    expect(tableChecksum(t.store.ctx.db)).toBe(before);
    expect(t.call('store.info').events).toBe(1);
    t.store.close();
    expect(pragmas(file).version).toBe(LATEST_VERSION);
  });
});

/** The indexes of a version-4 store, as migration 005 found them. */
const VERSION_4_INDEXES = `
  DROP INDEX people_by_id;
  DROP INDEX follow_ups_event;
  CREATE INDEX follow_ups_event ON follow_ups(event_id);
  DROP INDEX follow_ups_open_due;
  CREATE INDEX follow_ups_open_due ON follow_ups(status, due_from) WHERE status = 'open';
  DROP INDEX events_timeline;
  CREATE INDEX events_timeline ON events(date, precision_rank, seq);
  PRAGMA user_version = 4;`;

function indexColumns(db: Database.Database, name: string): string[] {
  return (db.pragma(`index_info(${name})`) as { name: string }[]).map((c) => c.name);
}

describe('migration 005 (covering indexes for the reads)', () => {
  it('moves a version-4 store to the latest version with its rows unchanged and answers its reads alike', () => {
    const t = openTestStore({ dir, now: '2025-07-01T09:00:00.000Z' });
    t.call('events.create', maliRussiaMeeting());
    t.call('events.create', maliRussiaMeeting({ title: 'Suite à Bamako', date: '2025-06-20', followUps: [{ title: 'Relancer', due: '2025-06-25' }] }));
    const reads = (s: TestStore) => JSON.stringify([
      s.call('events.list'),
      s.call('events.list', { filters: { countries: ['ML'], from: '2025-06-01' } }),
      s.call('events.density', { filters: { from: '2025-06-01', kinds: ['meeting'] } }),
      s.call('reminders.due', { at: '2025-07-01', withinDays: 7 }),
      s.call('events.list').items.map((e) => s.call('events.get', { id: e.id })),
      s.call('search', { query: 'Bamako' }),
    ]);
    const latest = reads(t);
    t.store.ctx.db.exec(VERSION_4_INDEXES);
    t.store.close();
    const v4 = new Database(t.file, { readonly: true });
    const rows = tableChecksum(v4);
    v4.close();

    const reopened = openTestStore({ dir, now: '2025-07-01T09:00:00.000Z' });
    const db = reopened.store.ctx.db;
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(indexColumns(db, 'people_by_id')).toEqual(['id', 'name', 'title', 'country']);
    expect(indexColumns(db, 'follow_ups_event')).toEqual(['event_id', 'status']);
    expect(indexColumns(db, 'follow_ups_open_due')).toEqual(['status', 'due_from', 'id']);
    expect(indexColumns(db, 'events_timeline')).toEqual(['date', 'precision_rank', 'seq', 'precision', 'end_date', 'kind']);
    db.pragma('user_version = 4');
    expect(tableChecksum(db)).toBe(rows);
    db.pragma(`user_version = ${LATEST_VERSION}`);
    expect(reads(reopened)).toBe(latest);
    reopened.store.close();
  });
});

describe('refusing a file', () => {
  it('refuses a store from a newer version of Chancery with a clear message and leaves its bytes unchanged', () => {
    const file = chanceryFile();
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    db.close();
    const hash = fileHash(file);

    const err = refusal(file);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.code).toBe('store_unavailable');
    expect(err.message).toContain(`comes from a newer version of Chancery (schema ${LATEST_VERSION + 5}, this version knows up to ${LATEST_VERSION})`);
    expect(err.message).toContain('the file was left untouched');
    expect(fileHash(file)).toBe(hash);
  });

  it('refuses the SQLite database of another application untouched', () => {
    const file = join(dir, 'other.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES (\'keep me\')');
    db.pragma('application_id = 305419896');
    db.close();
    const hash = fileHash(file);

    const err = refusal(file);
    expect(err.code).toBe('store_unavailable');
    expect(err.message).toContain('is not a Chancery database');
    expect(fileHash(file)).toBe(hash);
  });

  it('refuses a SQLite database with tables but no application id untouched', () => {
    const file = join(dir, 'plain.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE events (id TEXT)');
    db.close();
    const hash = fileHash(file);
    expect(refusal(file).message).toContain('is not a Chancery database');
    expect(fileHash(file)).toBe(hash);
  });

  it('refuses a file of random bytes untouched', () => {
    const file = join(dir, 'garbage.sqlite');
    writeFileSync(file, randomBytes(64 * 1024));
    const hash = fileHash(file);
    const err = refusal(file);
    expect(err.code).toBe('store_unavailable');
    expect(err.message).toContain('is not a SQLite database');
    expect(fileHash(file)).toBe(hash);
  });

  it('refuses a short text file untouched', () => {
    const file = join(dir, 'notes.sqlite');
    writeFileSync(file, 'not a database\n');
    const hash = fileHash(file);
    expect(refusal(file).code).toBe('store_unavailable');
    expect(fileHash(file)).toBe(hash);
  });

  it('refuses a truncated Chancery file untouched', () => {
    const whole = readFileSync(chanceryFile('whole.sqlite'));
    const file = join(dir, 'truncated.sqlite');
    writeFileSync(file, whole.subarray(0, 4096 + 100));
    const hash = fileHash(file);
    const err = refusal(file);
    expect(err.code).toBe('store_unavailable');
    expect(fileHash(file)).toBe(hash);
  });

  it('leaves no journal files behind after a refusal', () => {
    const file = join(dir, 'garbage.sqlite');
    writeFileSync(file, randomBytes(8192));
    refusal(file);
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(existsSync(`${file}-journal`)).toBe(false);
  });
});

/**
 * A real store on a real SQLite file in a throw-away folder, with a clock the test sets.
 * No mocks: what the tests see is what the app sees.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { localClient, openStore, type Store } from '../../api/store.ts';
import type { ApiClient, Input, Method, Result } from '../../core/contract.ts';
import type { ApiErrorData } from '../../core/errors.ts';

/** The instant every test store starts at unless told otherwise: a Monday morning in Bamako. */
export const DEFAULT_NOW = '2025-07-01T09:00:00.000Z';

export interface TestStore {
  readonly dir: string;
  readonly file: string;
  readonly store: Store;
  readonly client: ApiClient;
  /** Moves the injected clock; later writes stamp this instant. */
  setNow(iso: string): void;
  /** Calls a method that must succeed and returns its result, typed from the contract. */
  call<M extends Method>(method: M, input?: Input<M>): Result<M>;
  /** Calls with any input (typed or not) that must fail, and returns the error. */
  fail(method: string, input?: unknown): ApiErrorData;
  /** A hash of every row of every table: equal before and after means nothing was written. */
  checksum(): string;
  /** Closes the store and deletes its folder. */
  cleanup(): void;
}

export function tempDir(prefix = 'chancery-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function openTestStore(options: { now?: string; dir?: string; fileName?: string } = {}): TestStore {
  const dir = options.dir ?? tempDir();
  const file = join(dir, options.fileName ?? 'chancery.sqlite');
  let now = options.now ?? DEFAULT_NOW;
  const store = openStore({ file, now: () => new Date(now) });
  return {
    dir,
    file,
    store,
    client: localClient(store),
    setNow(iso) {
      now = iso;
    },
    call(method, input) {
      const envelope = store.dispatch(method, input);
      if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.code} ${envelope.error.message}`);
      return envelope.result as never;
    },
    fail(method, input) {
      const envelope = store.dispatch(method, input);
      if (envelope.ok) throw new Error(`${method} succeeded but a failure was expected`);
      return envelope.error;
    },
    checksum: () => tableChecksum(store.ctx.db),
    cleanup() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function cell(value: unknown): unknown {
  if (Buffer.isBuffer(value)) return `blob:${value.toString('hex')}`;
  if (typeof value === 'bigint') return `int:${value}`;
  return value;
}

/**
 * Every row of every table, the full-text index's own tables included, plus the schema
 * version. Rows are sorted so the hash does not depend on the order SQLite returns them.
 * `except` leaves tables out (the index's segments, which depend on how many writes built it).
 */
export function tableChecksum(db: Database.Database, except: readonly string[] = []): string {
  const hash = createHash('sha256');
  hash.update(`user_version=${String(db.pragma('user_version', { simple: true }))}\n`);
  const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[]).filter((t) => !except.includes(t));
  for (const table of tables) {
    const rows = db
      .prepare(`SELECT * FROM "${table.replace(/"/g, '""')}"`)
      .raw()
      .all()
      .map((row) => JSON.stringify((row as unknown[]).map(cell)))
      .sort();
    hash.update(`${table}:${rows.length}\n${rows.join('\n')}\n`);
  }
  return hash.digest('hex');
}

export function fileHash(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

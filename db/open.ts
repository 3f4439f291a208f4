import Database from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { ApiError } from '../core/errors.ts';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index.ts';

export type Db = Database.Database;

/** "CHNC": marks a SQLite file as Chancery's, so we never migrate somebody else's database. */
export const APPLICATION_ID = 0x43484e43;

function refuse(file: string, why: string): never {
  throw new ApiError('store_unavailable', `${file}: ${why}; the file was left untouched`, [{ field: 'file', problem: why }]);
}

/** What a read-only look at an existing file found; null when there is no file or it is empty. */
export interface FileFacts {
  applicationId: number;
  version: number;
  tables: number;
}

/**
 * Looks at an existing file read-only before anything writes to it: switching to WAL or
 * migrating would modify a file we must refuse. Throws `store_unavailable` for a file we refuse.
 */
export function inspectFile(file: string): FileFacts | null {
  if (!existsSync(file) || statSync(file).size === 0) return null;
  let probe: Db | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
    const appId = probe.pragma('application_id', { simple: true }) as number;
    const version = probe.pragma('user_version', { simple: true }) as number;
    const tables = (probe.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n;
    if (appId !== APPLICATION_ID && (tables > 0 || version > 0)) refuse(file, 'is not a Chancery database');
    if (version > LATEST_VERSION) {
      refuse(file, `comes from a newer version of Chancery (schema ${version}, this version knows up to ${LATEST_VERSION})`);
    }
    return { applicationId: appId, version, tables };
  } catch (err) {
    if (err instanceof ApiError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') refuse(file, 'is not a SQLite database (damaged or another kind of file)');
    if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM') refuse(file, 'cannot be opened (permissions?)');
    if (code === 'SQLITE_BUSY') refuse(file, 'is in use by another program');
    return refuse(file, `cannot be read (${(err as Error).message})`);
  } finally {
    probe?.close();
  }
}

/** Runs every pending migration in one transaction: a failure leaves the file at its old version. */
export function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current >= LATEST_VERSION) return;
  db.transaction(() => {
    for (let v = current; v < LATEST_VERSION; v++) db.exec(MIGRATIONS[v]!.sql);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${LATEST_VERSION}`);
  })();
}

/**
 * The page cache a connection keeps between bulk writes. Bigger is slower for saves: after a B-tree
 * balance SQLite sweeps every cached page at commit (pcache1TruncateUnsafe; with a full 64 MB
 * cache a save went from 1.9 to 2.6–3.4 ms at 100,000 events). Smaller is slower for reads: at
 * 8 MB a timeline page of 200 events took 15–17 ms instead of 7–8. 16 MB keeps both.
 */
const CACHE_KIB = 16_384;
/**
 * During a bulk write: SQLite's default 2 MB cache spills a 5,000-event import to the log
 * mid-transaction and reads it back page by page; 64 MB keeps it in memory until it commits.
 */
const BULK_CACHE_KIB = 65_536;

/** Runs a bulk write (its whole transaction) with the bulk cache, and gives the memory back after. */
export function withBulkCache<T>(db: Db, write: () => T): T {
  db.pragma(`cache_size = -${BULK_CACHE_KIB}`);
  try {
    return write();
  } finally {
    // Lowering the size evicts the pages above it at once (after the commit: none is dirty).
    if (db.open) db.pragma(`cache_size = -${CACHE_KIB}`);
  }
}

/** Opens (creating if needed) the store's file with the pragmas every connection needs. */
export function openDatabase(file: string): Db {
  inspectFile(file);
  mkdirSync(dirname(file), { recursive: true });
  let db: Db;
  try {
    db = new Database(file);
  } catch (err) {
    refuse(file, `cannot be opened (${(err as Error).message})`);
  }
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma(`cache_size = -${CACHE_KIB}`);
    db.pragma('temp_store = MEMORY');
    migrate(db);
  } catch (err) {
    db.close();
    if (err instanceof ApiError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_BUSY') refuse(file, 'is in use by another program');
    if (code === 'SQLITE_READONLY') refuse(file, 'is read-only');
    refuse(file, `cannot be opened (${(err as Error).message})`);
  }
  return db;
}

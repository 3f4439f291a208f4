/**
 * Backups of the store. Copies are made with SQLite's online backup, so they are consistent
 * even while the app is writing, and each is checked and renamed into place whole: a backup
 * folder never holds a half-written file under a backup's name.
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { calendarDateOf } from '../core/dates.ts';
import { ApiError } from '../core/errors.ts';
import { moveAside, SIDECARS } from './aside.ts';
import { APPLICATION_ID, type Db, inspectFile } from './open.ts';

export const BACKUP_DIR_NAME = 'backups';
/** Two weeks of daily copies: enough to reach back past a bad week, small enough to forget about. */
export const BACKUPS_KEPT = 14;
const DAILY_NAME = /^chancery-(\d{4}-\d{2}-\d{2})\.sqlite$/;

export interface BackupEntry {
  file: string;
  /** The calendar day the automatic backup was taken. */
  date: string;
  bytes: number;
}

export function backupsDir(dataDir: string): string {
  return join(dataDir, BACKUP_DIR_NAME);
}

function refuse(file: string, why: string): never {
  throw new ApiError('store_unavailable', `${file}: ${why}`, [{ field: 'file', problem: why }]);
}

/**
 * Throws unless `file` is a whole, readable Chancery store this version can open. Opens it
 * read-only: the file is never changed, whatever it turns out to be.
 */
export function verifyStoreFile(file: string): void {
  if (!existsSync(file)) refuse(file, 'does not exist');
  if (!statSync(file).isFile()) refuse(file, 'is not a file');
  const facts = inspectFile(file);
  if (facts === null) refuse(file, 'is empty');
  if (facts.applicationId !== APPLICATION_ID) refuse(file, 'is not a Chancery database');
  let probe: Db | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
    const check = probe.pragma('quick_check', { simple: true });
    if (check !== 'ok') refuse(file, 'is damaged (SQLite integrity check failed)');
  } catch (err) {
    if (err instanceof ApiError) throw err;
    refuse(file, `is damaged (${(err as Error).message})`);
  } finally {
    probe?.close();
  }
}

/**
 * A backup is one self-contained file: switching the copy out of WAL mode folds everything
 * into it, so it can be mailed, copied or opened read-only without companions.
 */
function settle(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** Copies the open store to `target` with SQLite's online backup; `target` appears only once complete and checked. */
export async function backupTo(db: Db, target: string): Promise<string> {
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial-${process.pid}`;
  const clean = () => [partial, ...SIDECARS.map((s) => partial + s)].forEach((f) => rmSync(f, { force: true }));
  clean();
  try {
    await db.backup(partial);
    settle(partial);
    verifyStoreFile(partial);
    renameSync(partial, target);
    return target;
  } finally {
    clean();
  }
}

/** The automatic daily backups, newest first. Files the user put there by hand are left alone. */
export function listBackups(dir: string): BackupEntry[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => ({ name, m: DAILY_NAME.exec(name) }))
    .filter((x): x is { name: string; m: RegExpExecArray } => x.m !== null)
    .map(({ name, m }) => {
      const file = join(dir, name);
      return { file, date: m[1]!, bytes: statSync(file).size };
    })
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** Deletes the automatic backups beyond the newest `keep`; returns what it deleted. */
export function pruneBackups(dir: string, keep = BACKUPS_KEPT): string[] {
  const old = listBackups(dir).slice(keep).map((b) => b.file);
  for (const file of old) rmSync(file, { force: true });
  return old;
}

export interface AutoBackupResult {
  /** The backup written, or null when today's already existed. */
  file: string | null;
  removed: string[];
}

/** At most one backup per calendar day (the user's day), the last `BACKUPS_KEPT` kept. */
export async function autoBackup(db: Db, dataDir: string, now: Date): Promise<AutoBackupResult> {
  const dir = backupsDir(dataDir);
  const target = join(dir, `chancery-${calendarDateOf(now)}.sqlite`);
  if (existsSync(target)) return { file: null, removed: [] };
  await backupTo(db, target);
  return { file: target, removed: pruneBackups(dir) };
}

/** The newest automatic backup that is a whole Chancery store, or null. */
export function latestUsableBackup(dir: string): BackupEntry | null {
  for (const entry of listBackups(dir)) {
    try {
      verifyStoreFile(entry.file);
      return entry;
    } catch {
      // A damaged backup is skipped for an older one, never used.
    }
  }
  return null;
}

export interface RestoreResult {
  /** Where the file that was live before the restore now lives, or null when there was none. */
  movedAside: string | null;
}

/**
 * Puts the backup `from` in place of the store file `file`. The store must be closed first. The
 * backup is copied beside the live file and checked there before anything is moved, so a bad
 * backup leaves everything as it was; the previous file is renamed aside, never deleted.
 */
export function restoreFrom(file: string, from: string, now: Date, label = 'before-restore'): RestoreResult {
  verifyStoreFile(from);
  const staging = `${file}.restoring-${process.pid}`;
  const clean = () => [staging, ...SIDECARS.map((s) => staging + s)].forEach((f) => rmSync(f, { force: true }));
  clean();
  mkdirSync(dirname(file), { recursive: true });
  try {
    copyFileSync(from, staging);
    if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${staging}-wal`);
    settle(staging);
    verifyStoreFile(staging);
    const movedAside = moveAside(file, label, now);
    renameSync(staging, file);
    return { movedAside };
  } finally {
    clean();
  }
}

/**
 * What to do when the data file cannot be used: say plainly what is wrong with it, and offer a
 * way forward that loses nothing. Looking never changes the file (it is opened read-only, if at
 * all); the ways forward rename it aside, they never delete or rewrite it.
 */
import Database from 'better-sqlite3';
import { accessSync, closeSync, constants, existsSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { ApiError } from '../core/errors.ts';
import { moveAside } from './aside.ts';
import { type BackupEntry, latestUsableBackup, restoreFrom } from './backup.ts';
import { LATEST_VERSION } from './migrations/index.ts';
import { APPLICATION_ID, type Db } from './open.ts';

export type FileProblem = 'empty' | 'garbage' | 'truncated' | 'damaged' | 'not_chancery' | 'newer' | 'read_only' | 'locked' | 'unreadable';

/** restore: put the latest backup in place; fresh: start an empty store; retry: the cause is outside the file. */
export type Remedy = 'restore' | 'fresh' | 'retry';

export interface Diagnosis {
  file: string;
  problem: FileProblem;
  /** One sentence for a person: what is wrong and what they can do. */
  message: string;
  remedies: Remedy[];
  /** The backup `restore` would use. */
  backup: BackupEntry | null;
}

const SQLITE_MAGIC = 'SQLite format 3\u0000';

const WHY: Record<FileProblem, string> = {
  empty: 'is empty (0 bytes): it holds no records',
  garbage: 'is not a Chancery database: it is not a SQLite file at all',
  truncated: 'is truncated: the end of the file is missing (an interrupted copy or a full disk?)',
  damaged: 'is damaged: SQLite found errors inside it',
  not_chancery: 'is a SQLite database, but not one of Chancery\'s',
  newer: 'was written by a newer version of Chancery; install that version to open it',
  read_only: 'is read-only; make it (and its folder) writable, then try again',
  locked: 'is in use by another program (another Chancery, or the chancery command); close it, then try again',
  unreadable: 'cannot be read (permissions?)',
};

function remediesFor(problem: FileProblem, backup: BackupEntry | null): Remedy[] {
  if (problem === 'read_only' || problem === 'locked' || problem === 'unreadable') return ['retry'];
  return backup ? ['restore', 'fresh'] : ['fresh'];
}

function header(file: string): Buffer {
  const buf = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  try {
    return buf.subarray(0, readSync(fd, buf, 0, 100, 0));
  } finally {
    closeSync(fd);
  }
}

const hasContent = (file: string) => existsSync(file) && statSync(file).size > 0;

/** Reads the file's own header: cheap, and enough to tell garbage and most truncations apart. */
function problemInHeader(file: string, size: number): FileProblem | null {
  const h = header(file);
  if (h.length < 100 || h.subarray(0, 16).toString('latin1') !== SQLITE_MAGIC) return 'garbage';
  const raw = h.readUInt16BE(16);
  const pageSize = raw === 1 ? 65_536 : raw;
  if (pageSize < 512 || pageSize > 65_536 || (pageSize & (pageSize - 1)) !== 0) return 'garbage';
  // A WAL with content may hold pages the main file gets only at the next checkpoint.
  if (hasContent(`${file}-wal`)) return null;
  if (size % pageSize !== 0) return 'truncated';
  const pages = h.readUInt32BE(28);
  const countValid = h.readUInt32BE(24) === h.readUInt32BE(92);
  if (countValid && pages > 0 && size < pages * pageSize) return 'truncated';
  return null;
}

function probeProblem(file: string, thorough: boolean): FileProblem | null {
  let probe: Db | undefined;
  try {
    // A short wait: another program's passing write is not "in use", but a held lock is.
    probe = new Database(file, { readonly: true, fileMustExist: true, timeout: 250 });
    const appId = probe.pragma('application_id', { simple: true }) as number;
    const version = probe.pragma('user_version', { simple: true }) as number;
    const tables = (probe.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n;
    if (appId !== APPLICATION_ID && (tables > 0 || version > 0)) return 'not_chancery';
    if (version > LATEST_VERSION) return 'newer';
    if (thorough && probe.pragma('quick_check', { simple: true }) !== 'ok') return 'damaged';
    return null;
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB') return 'garbage';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'locked';
    if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM') || code.startsWith('SQLITE_AUTH')) return 'unreadable';
    return 'damaged';
  } finally {
    probe?.close();
  }
}

/** No write bit at all counts as read-only even for an administrator, who could write anyway. */
function isReadOnly(file: string): boolean {
  if ((statSync(file).mode & 0o222) === 0) return true;
  try {
    accessSync(file, constants.W_OK);
    accessSync(dirname(file), constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

export interface DiagnoseOptions {
  /** Where the automatic backups live, to offer the latest. */
  backupsDir?: string;
  /** Also runs SQLite's quick check, which reads the whole file: for after a failure, not every start. */
  thorough?: boolean;
}

/**
 * Null when the file is fine to open (or missing: it will be created); otherwise what is wrong
 * and the ways forward. Never writes to the file.
 */
export function diagnose(file: string, options: DiagnoseOptions = {}): Diagnosis | null {
  if (!existsSync(file)) return null;
  let problem: FileProblem | null;
  try {
    const size = statSync(file).size;
    if (size === 0) problem = hasContent(`${file}-wal`) ? null : 'empty';
    else problem = problemInHeader(file, size);
  } catch {
    problem = 'unreadable';
  }
  problem ??= probeProblem(file, options.thorough ?? false);
  problem ??= isReadOnly(file) ? 'read_only' : null;
  if (problem === null) return null;
  const backup = options.backupsDir ? latestUsableBackup(options.backupsDir) : null;
  return { file, problem, message: `${file} ${WHY[problem]}.`, remedies: remediesFor(problem, backup), backup };
}

/** Moves the bad file aside as `chancery.sqlite.bad-YYYYMMDD-HHMMSS`; the next open starts an empty store. */
export function startFresh(file: string, now: Date): { movedAside: string | null } {
  return { movedAside: moveAside(file, 'bad', now) };
}

/** Moves the bad file aside (as for a fresh start) and puts the newest usable backup in its place. */
export function restoreLatest(file: string, backupsDir: string, now: Date): { restored: string; movedAside: string | null } {
  const backup = latestUsableBackup(backupsDir);
  if (!backup) throw new ApiError('not_found', `no usable backup in ${backupsDir}`, [{ field: 'backup', problem: 'there is no usable backup' }]);
  return { restored: backup.file, ...restoreFrom(file, backup.file, now, 'bad') };
}

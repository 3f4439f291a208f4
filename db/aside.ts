/**
 * Moving a data file out of the way without losing it: a rename, never a delete, under a dated
 * name beside the original, so the user can always find and reopen what was there.
 */
import { existsSync, renameSync } from 'node:fs';

const pad = (n: number) => String(n).padStart(2, '0');

/** `20250701-093005`, in the user's own time, so the name matches what they remember doing. */
export function fileStamp(now: Date): string {
  return `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
}

/** SQLite's companions: a WAL may hold committed pages the main file does not have yet. */
export const SIDECARS = ['-wal', '-shm', '-journal'] as const;

/**
 * Renames `file` (and its WAL, shared-memory and journal files) to `file.LABEL-STAMP`; returns
 * the new name, or null when there was no file. Two moves in one second get distinct names.
 */
export function moveAside(file: string, label: string, now: Date): string | null {
  if (!existsSync(file)) return null;
  const base = `${file}.${label}-${fileStamp(now)}`;
  let target = base;
  for (let n = 2; existsSync(target); n++) target = `${base}-${n}`;
  renameSync(file, target);
  for (const suffix of SIDECARS) {
    if (existsSync(file + suffix)) renameSync(file + suffix, target + suffix);
  }
  return target;
}

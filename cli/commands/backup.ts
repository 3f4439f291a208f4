import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApiError } from '../../core/errors.ts';
import { backupTo, restoreFrom, verifyStoreFile } from '../../db/backup.ts';
import type { Command } from '../command.ts';
import { printJson, stringOption } from '../command.ts';
import { UsageError } from '../failure.ts';
import { localAccess } from '../local.ts';

/** Same file once both paths are absolute: a backup or restore onto the live store would destroy it. */
const samePath = (a: string, b: string) => resolve(a) === resolve(b);

export const backupCommand: Command = {
  name: 'backup',
  synopsis: '--out FILE',
  summary: 'copy the store to FILE with SQLite\'s online backup (safe while the app runs)',
  details: [
    '--out FILE   where to write the copy; it appears only once complete and checked,',
    '             and replaces a file of that name. Put it back with chancery restore FILE.',
  ],
  options: { out: { type: 'string' } },
  positionals: { min: 0, max: 0, names: '' },
  async run(ctx, _positionals, values) {
    const local = localAccess(ctx);
    const out = stringOption(values, 'out');
    if (out === undefined || out.trim() === '') throw new UsageError('backup: --out FILE is required (usage: chancery backup --out FILE)');
    if (samePath(out, local.dataFile)) throw new UsageError(`--out: ${out} is the store itself; choose another file`);
    if (existsSync(out) && statSync(out).isDirectory()) throw new UsageError(`--out: ${out} is a folder, not a file`);
    const file = await backupTo(local.store().ctx.db, out);
    const bytes = statSync(file).size;
    if (ctx.json) printJson(ctx, { file, bytes });
    else ctx.io.out(`Backed up ${local.dataFile} to ${file} (${bytes} bytes).\n`);
  },
};

export const restoreCommand: Command = {
  name: 'restore',
  synopsis: 'FILE',
  summary: 'put a backup in place of the store; the current file is moved aside, never deleted',
  details: [
    'FILE is checked first (a whole Chancery store this version can open): a bad one changes nothing.',
    'Close the app before restoring: it would keep writing to the file that was moved aside.',
  ],
  options: {},
  positionals: { min: 1, max: 1, names: 'FILE' },
  async run(ctx, [from]) {
    const local = localAccess(ctx);
    if (samePath(from!, local.dataFile)) throw new UsageError(`${from}: is the store itself; give a backup file`);
    try {
      verifyStoreFile(from!);
    } catch (error) {
      // The file the user named is wrong: their input, so exit 2, with the path in the message.
      if (error instanceof ApiError && error.code === 'store_unavailable') throw new UsageError(error.message);
      throw error;
    }
    const { movedAside } = restoreFrom(local.dataFile, from!, ctx.io.now());
    if (ctx.json) {
      printJson(ctx, { restored: from, file: local.dataFile, movedAside });
      return;
    }
    ctx.io.out(`Restored ${from} as ${local.dataFile}.\n`);
    ctx.io.out(movedAside ? `The previous file was moved to ${movedAside}\n` : 'There was no previous file.\n');
  },
};

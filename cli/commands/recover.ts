import { diagnose, restoreLatest, startFresh } from '../../db/recovery.ts';
import type { Command } from '../command.ts';
import { printJson } from '../command.ts';
import { UsageError } from '../failure.ts';
import { localAccess } from '../local.ts';

const USAGE = 'usage: chancery recover --restore-latest | --start-fresh';

export const recoverCommand: Command = {
  name: 'recover',
  synopsis: '--restore-latest | --start-fresh',
  summary: 'when the data file cannot be opened: put the latest backup in its place, or start an empty store',
  details: [
    '--restore-latest   the newest whole daily backup takes the bad file\'s place',
    '--start-fresh      the next command starts an empty store',
    'Either way the bad file is renamed aside (chancery.sqlite.bad-YYYYMMDD-HHMMSS), never deleted.',
    'A data file that opens fine is left alone: use chancery restore FILE to go back to a backup.',
  ],
  options: { 'restore-latest': { type: 'boolean' }, 'start-fresh': { type: 'boolean' } },
  positionals: { min: 0, max: 0, names: '' },
  async run(ctx, _positionals, values) {
    const local = localAccess(ctx);
    const restore = values['restore-latest'] === true;
    const fresh = values['start-fresh'] === true;
    if (restore === fresh) throw new UsageError(`recover: give exactly one of --restore-latest and --start-fresh (${USAGE})`);

    // Looking never writes; the thorough check reads the whole file, affordable once, after a failure.
    const diagnosis = diagnose(local.dataFile, { backupsDir: local.backupsDir, thorough: true });
    if (!diagnosis) throw new UsageError(`recover: ${local.dataFile} opens fine (or does not exist yet); nothing to recover`);
    // A locked or read-only file is healthy: moving it would take it from under its owner.
    if (diagnosis.remedies.includes('retry')) throw new Error(diagnosis.message);
    if (restore && !diagnosis.backup) {
      throw new UsageError(`--restore-latest: there is no usable backup in ${local.backupsDir}; use --start-fresh`);
    }

    const now = ctx.io.now();
    const outcome = restore
      ? restoreLatest(local.dataFile, local.backupsDir, now)
      : { restored: null, ...startFresh(local.dataFile, now) };
    if (ctx.json) {
      printJson(ctx, { problem: diagnosis.problem, file: local.dataFile, ...outcome });
      return;
    }
    if (outcome.movedAside) ctx.io.out(`Moved the bad file aside to ${outcome.movedAside}\n`);
    ctx.io.out(outcome.restored ? `Restored the backup ${outcome.restored}\n` : 'The next command starts an empty store.\n');
  },
};

/**
 * What a command may need beyond the API when the CLI works on the local store in this process:
 * the data file itself (restore and recovery must not open it), the open store (an online backup
 * copies from its connection) and whether anyone watches stderr (progress lines).
 *
 * Kept apart from `CommandContext` so most commands never see the file: they go through the API.
 */
import type { Store } from '../api/store.ts';
import type { CommandContext } from './command.ts';

export interface LocalAccess {
  /** `DIR/chancery.sqlite`; it may not exist yet. */
  readonly dataFile: string;
  /** Where the app's automatic daily backups live. */
  readonly backupsDir: string;
  /** Opens the store on first use (the same one `api()` uses). */
  store(): Store;
  /** True when stderr is a terminal: progress is shown to a person, never written into logs. */
  readonly progress: boolean;
}

export type LocalContext = CommandContext & LocalAccess;

/** The local half of the context; `main` always supplies it, so its absence is a wiring bug. */
export function localAccess(ctx: CommandContext): LocalContext {
  if (!('dataFile' in ctx) || !('store' in ctx)) throw new Error('internal: this command needs the local data file, which was not given');
  return ctx as LocalContext;
}

/** Above this many events an import takes long enough (seconds) that silence looks like a hang. */
export const LONG_IMPORT_EVENTS = 5_000;

/**
 * Shows a running count on the terminal while a long import writes (all or nothing: the count is
 * what is written so far, committed together at the end), redrawn in place, ended by a newline.
 */
export function showImportProgress(local: LocalContext, events: number): void {
  if (!local.progress || events <= LONG_IMPORT_EVENTS) return;
  local.store().onProgress((done, total) => {
    const last = done === total;
    local.io.err(`\rImporting ${done.toLocaleString('en')} / ${total.toLocaleString('en')} events (all or nothing)…${last ? '\n' : ''}`);
  });
}

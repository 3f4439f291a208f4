import { createClient } from '../core/client.ts';
import { type ApiClient, inputs, isMethod, type Method, READ_ONLY_METHODS } from '../core/contract.ts';
import { ApiError, type Envelope } from '../core/errors.ts';
import { createCtx, type Ctx } from '../db/context.ts';
import { openDatabase, withBulkCache } from '../db/open.ts';
import { seedOrganisations } from '../db/organisations.ts';
import { registerSearchFunctions } from '../db/search.ts';
import { createUpkeep, NO_UPKEEP } from '../db/upkeep.ts';
import { handlers } from './handlers.ts';
import { parseInput } from './validate.ts';

export interface Store {
  /** Validates, runs and answers one API call; never throws for a bad call. */
  dispatch(method: string, input: unknown): Envelope<unknown>;
  close(): void;
  /** Listens to how far long writes (events.createMany, data.import) have got; null stops listening. */
  onProgress(listener: ((done: number, total: number) => void) | null): void;
  /**
   * Resolves once the quiet-time upkeep has nothing left to do (the index merged, the log
   * checkpointed), keeping the process alive until then; at once when idle upkeep is off.
   */
  settled(): Promise<void>;
  /**
   * While another connection writes the file (an import in a worker thread): writes are refused
   * with `reason` and the upkeep waits, so nothing on this thread waits on that writer's lock;
   * reads go on, seeing the file as it was until that writer commits. Ends when the returned
   * release is called.
   */
  hold(reason: string): () => void;
  readonly file: string;
  readonly ctx: Ctx;
}

export interface StoreOptions {
  file: string;
  now?: () => Date;
  newId?: () => string;
  /** Told after each write commits: the reminder scheduler re-plans on it. */
  onWrite?: (method: Method) => void;
  /** Calls slower than this many ms are reported, so regressions show in the field. */
  slowMs?: number;
  onSlow?: (method: Method, ms: number) => void;
  /**
   * Tidy up (merge the index, checkpoint the log) when writes go quiet; on by default. Off for a
   * caller that drives time itself (a test with a fake clock): closing still does it all.
   */
  idleUpkeep?: boolean;
  /**
   * A second connection beside the app's own, for one long read on another thread (an export):
   * it seeds nothing and never tidies (no merge, no checkpoint, not even on close), which would
   * take the file's locks from under the connection that owns the upkeep.
   */
  guest?: boolean;
}

/** Writes of thousands of events: they get the bigger page cache for their transaction (db/open.ts). */
const BULK_WRITES: ReadonlySet<Method> = new Set<Method>(['events.createMany', 'data.import']);

function toErrorData(err: unknown) {
  if (err instanceof ApiError) return err.toJSON();
  const code = (err as { code?: string }).code;
  if (code === 'SQLITE_BUSY') return new ApiError('store_unavailable', 'the data file is busy in another program; try again').toJSON();
  if (code === 'SQLITE_FULL') return new ApiError('store_unavailable', 'the disk is full; nothing was written').toJSON();
  if (code === 'SQLITE_READONLY') return new ApiError('store_unavailable', 'the data file is read-only; nothing was written').toJSON();
  // Never a stack trace across the boundary: a plain sentence, the detail stays in the process log.
  return new ApiError('internal', `unexpected error: ${(err as Error)?.message ?? String(err)}`).toJSON();
}

/** Opens the store's file (creating and migrating it) and returns the one entry point to its API. */
export function openStore(options: StoreOptions): Store {
  const db = openDatabase(options.file);
  registerSearchFunctions(db);
  const ctx = createCtx(db, options.now, options.newId);
  if (!options.guest) db.transaction(() => seedOrganisations(ctx))();
  const upkeep = options.guest ? NO_UPKEEP : createUpkeep(ctx, options.file, { idle: options.idleUpkeep ?? true });
  const slowMs = options.slowMs ?? 40;
  // Made once: better-sqlite3 builds four wrapper functions for each db.transaction() call.
  const inTransaction = db.transaction((write: () => unknown) => write());

  const holds: string[] = [];

  function run(method: Method, input: unknown): unknown {
    const parsed = parseInput(inputs[method], input);
    const handler = handlers[method] as (input: unknown, env: { ctx: Ctx; file: string }) => unknown;
    if (READ_ONLY_METHODS.has(method)) return handler(parsed, { ctx, file: options.file });
    if (holds.length > 0) throw new ApiError('store_unavailable', holds[0]!);
    // One transaction per write: a failure anywhere leaves the file exactly as it was.
    let result: unknown;
    try {
      const write = () => inTransaction(() => handler(parsed, { ctx, file: options.file }));
      result = BULK_WRITES.has(method) ? withBulkCache(db, write) : write();
    } finally {
      ctx.resolved.clear();
    }
    upkeep.afterWrite();
    options.onWrite?.(method);
    return result;
  }

  return {
    file: options.file,
    ctx,
    dispatch(method, input) {
      if (!isMethod(method)) return { ok: false, error: new ApiError('unknown_method', `${String(method).slice(0, 80)} is not a method of the API`).toJSON() };
      const started = performance.now();
      try {
        return { ok: true, result: run(method, input) };
      } catch (err) {
        return { ok: false, error: toErrorData(err) };
      } finally {
        const ms = performance.now() - started;
        if (ms > slowMs) options.onSlow?.(method, ms);
      }
    },
    close() {
      if (!db.open) return;
      upkeep.close();
      db.close();
    },
    onProgress(listener) {
      ctx.progress = listener;
    },
    settled: () => upkeep.settled(),
    hold(reason) {
      const resume = upkeep.pause();
      holds.push(reason);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holds.splice(holds.indexOf(reason), 1);
        resume();
      };
    },
  };
}

/** The typed client over a store in the same process: the CLI and the tests hold this. */
export function localClient(store: Store): ApiClient {
  return createClient(async (method, input) => store.dispatch(method, input));
}

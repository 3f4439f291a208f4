import type { Statement } from 'better-sqlite3';
import { newUuidV7 } from './ids.ts';
import type { Db } from './open.ts';

/** What every repository function needs: the connection and the injected clock and id source. */
export interface Ctx {
  db: Db;
  now: () => Date;
  newId: () => string;
  /**
   * Names already resolved within the current write, and what the index needs of the records they
   * name (a bulk import names the same people thousands of times). The store clears it when each
   * write ends, so a rollback never leaves behind a record that no longer exists.
   */
  resolved: Map<string, unknown>;
  /** Told how far a long write has got (a bulk add, an import): the events written so far, inside its transaction. */
  progress: ((done: number, total: number) => void) | null;
}

export function createCtx(db: Db, now: () => Date = () => new Date(), newId: () => string = newUuidV7): Ctx {
  return { db, now, newId, resolved: new Map(), progress: null };
}

/** Looks a name up once per write: the first call resolves (finding or creating), later ones reuse it. */
export function resolveOnce<T>(ctx: Ctx, key: string, resolve: () => T): T {
  let found = ctx.resolved.get(key) as T | undefined;
  if (found === undefined) ctx.resolved.set(key, (found = resolve()));
  return found;
}

export function timestamp(ctx: Ctx): string {
  return ctx.now().toISOString();
}

const cache = new WeakMap<Db, Map<string, Statement>>();

/** Prepares each SQL text once per connection; values are always bound, never spliced. */
export function sql<T = unknown>(db: Db, text: string): Statement<unknown[], T> {
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = new Map()));
  let s = perDb.get(text);
  if (!s) perDb.set(text, (s = db.prepare(text)));
  return s as Statement<unknown[], T>;
}

const PROGRESS_EVERY = 1_000;

/** Reports every thousandth event and the last, so a listener redraws often enough without slowing the write. */
export function reportProgress(ctx: Ctx, done: number, total: number): void {
  if (ctx.progress && (done % PROGRESS_EVERY === 0 || done === total)) ctx.progress(done, total);
}

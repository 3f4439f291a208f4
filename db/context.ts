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
  /** Rows held back by a bulk write (`writeInChunks`), by statement, in the order they were written; null otherwise. */
  held: Map<string, Held> | null;
}

export function createCtx(db: Db, now: () => Date = () => new Date(), newId: () => string = newUuidV7): Ctx {
  return { db, now, newId, resolved: new Map(), progress: null, held: null };
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

/** Rows a bulk write holds back for one statement; `sortBy`, when set, orders them before they go in. */
interface Held { rows: unknown[][]; sortBy: number | undefined }

/**
 * Inserts a row of a table nothing reads back within a write (an event's links, follow-ups, index
 * row, history): at once, or inside `writeInChunks` held back until its chunk's end. `sortBy`, for a
 * table without rowids whose rows keep no insertion order: held rows go in sorted by that value,
 * so consecutive inserts land beside each other in its index on it.
 */
export function insertRow(ctx: Ctx, text: string, args: unknown[], sortBy?: number): void {
  if (!ctx.held) {
    sql(ctx.db, text).run(...args);
    return;
  }
  let held = ctx.held.get(text);
  if (!held) ctx.held.set(text, (held = { rows: [], sortBy }));
  held.rows.push(args);
}

function writeHeld(ctx: Ctx, held: Map<string, Held>): void {
  for (const [text, { rows, sortBy: by }] of held) {
    const statement = sql(ctx.db, text);
    if (by !== undefined) rows.sort((a, b) => (a[by]! < b[by]! ? -1 : a[by]! > b[by]! ? 1 : 0));
    for (const args of rows) statement.run(...args);
  }
  held.clear();
}

const PROGRESS_EVERY = 1_000;
/** Events per chunk: a divisor of PROGRESS_EVERY, so progress is told at the same counts. */
const CHUNK = 250;

/**
 * Writes `total` events with `write(i)`, a chunk of them at a time, table by table. Each event's
 * own row goes in as it comes (its seq is needed); the rows `insertRow` holds back go in at the
 * chunk's end, all of one statement in a row, in the order written (or sorted, for a table without
 * rowids): every table gets the same rows, rowids and order as one event at a time. Interleaved,
 * the inserts evicted each other's pages and FTS5's term hash from the CPU caches: an event cost
 * ~30% more (its index row alone ~100 µs instead of ~55 at 20,000 events). A few hundred a chunk:
 * what is held back is garbage soon after. While it runs nothing may read a held table back; a
 * refusal thrown by `write` is still thrown for the event that caused it, before any later event
 * is written. Progress is told at the same counts as one event at a time, once those rows are in.
 */
export function writeInChunks(ctx: Ctx, total: number, write: (i: number) => void): void {
  const held = new Map<string, Held>();
  ctx.held = held;
  try {
    for (let start = 0; start < total; start += CHUNK) {
      const end = Math.min(total, start + CHUNK);
      for (let i = start; i < end; i++) write(i);
      writeHeld(ctx, held);
      for (let i = start; i < end; i++) reportProgress(ctx, i + 1, total);
    }
  } finally {
    ctx.held = null;
  }
}

/** Reports every thousandth event and the last, so a listener redraws often enough without slowing the write. */
export function reportProgress(ctx: Ctx, done: number, total: number): void {
  if (ctx.progress && (done % PROGRESS_EVERY === 0 || done === total)) ctx.progress(done, total);
}

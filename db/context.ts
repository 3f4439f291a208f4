import type { Statement } from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from './open.ts';

/** What every repository function needs: the connection and the injected clock and id source. */
export interface Ctx {
  db: Db;
  now: () => Date;
  newId: () => string;
}

export function createCtx(db: Db, now: () => Date = () => new Date(), newId: () => string = uuidv7): Ctx {
  return { db, now, newId };
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

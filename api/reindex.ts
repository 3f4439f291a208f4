import { type Ctx, sql } from '../db/context.ts';
import { indexEvent } from '../db/search.ts';

/** A renamed person or organisation changes the search text of every event they appear in. */
export function reindexEventsOf(ctx: Ctx, query: string, id: string): void {
  for (const { seq } of sql<{ seq: number }>(ctx.db, query).all(id)) indexEvent(ctx, seq);
}

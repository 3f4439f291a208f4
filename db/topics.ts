import type { Topic } from '../core/records.ts';
import { fold } from '../core/text.ts';
import { type Ctx, resolveOnce, sql } from './context.ts';
import { likeEscape } from './places.ts';

export function ensureTopic(ctx: Ctx, name: string): string {
  return resolveTopic(ctx, name).id;
}

/** The topic a name means, accents and case aside, found or created, as stored. */
export function resolveTopic(ctx: Ctx, name: string): Topic {
  return resolveOnce(ctx, `topic|${name}`, () => findOrCreateTopic(ctx, name, fold(name)));
}

function findOrCreateTopic(ctx: Ctx, name: string, folded: string): Topic {
  const found = sql<Topic>(ctx.db, 'SELECT id, name FROM topics WHERE folded = ?').get(folded);
  if (found) return found;
  const id = ctx.newId();
  sql(ctx.db, 'INSERT INTO topics (id, name, folded) VALUES (?, ?, ?)').run(id, name, folded);
  return { id, name };
}

export function findTopics(ctx: Ctx, query: string, limit: number): Topic[] {
  const q = likeEscape(fold(query));
  return sql<Topic>(ctx.db, "SELECT id, name FROM topics WHERE folded LIKE ? ESCAPE '\\' OR folded LIKE ? ESCAPE '\\' ORDER BY name LIMIT ?").all(`${q}%`, `% ${q}%`, limit);
}

/** An event's topics as one JSON array in the event's order, for a statement over `events e`. */
export const TOPICS_JSON = `(
  SELECT json_group_array(json_object('id', t.id, 'name', t.name) ORDER BY et.position)
  FROM event_topics et JOIN topics t ON t.id = et.topic_id WHERE et.event_seq = e.seq)`;

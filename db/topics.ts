import type { Topic } from '../core/records.ts';
import { fold } from '../core/text.ts';
import { type Ctx, resolveOnce, sql } from './context.ts';
import { likeEscape } from './places.ts';

export function ensureTopic(ctx: Ctx, name: string): string {
  const folded = fold(name);
  return resolveOnce(ctx, `topic|${folded}`, () => findOrCreateTopic(ctx, name, folded));
}

function findOrCreateTopic(ctx: Ctx, name: string, folded: string): string {
  const found = sql<{ id: string }>(ctx.db, 'SELECT id FROM topics WHERE folded = ?').get(folded);
  if (found) return found.id;
  const id = ctx.newId();
  sql(ctx.db, 'INSERT INTO topics (id, name, folded) VALUES (?, ?, ?)').run(id, name, folded);
  return id;
}

export function findTopics(ctx: Ctx, query: string, limit: number): Topic[] {
  const q = likeEscape(fold(query));
  return sql<Topic>(ctx.db, "SELECT id, name FROM topics WHERE folded LIKE ? ESCAPE '\\' OR folded LIKE ? ESCAPE '\\' ORDER BY name LIMIT ?").all(`${q}%`, `% ${q}%`, limit);
}

export function topicsOfEvent(ctx: Ctx, seq: number): Topic[] {
  return sql<Topic>(ctx.db, 'SELECT t.id, t.name FROM event_topics et JOIN topics t ON t.id = et.topic_id WHERE et.event_seq = ? ORDER BY et.position').all(seq);
}

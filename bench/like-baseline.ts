/**
 * The baseline search would be without a full-text index: each word as `LIKE '%word%'` over
 * every text column the index covers (title, summary, source text, place, people, topics,
 * organisations, follow-up titles), newest first, one page of 50 — prepared once, values bound.
 * LIKE folds ASCII case only, not accents: it also finds less, which the report shows as hits.
 */
import type Database from 'better-sqlite3';

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

const ONE_WORD = `(
  e.title LIKE @w1 ESCAPE '\\' OR e.summary LIKE @w1 ESCAPE '\\' OR e.source_text LIKE @w1 ESCAPE '\\'
  OR EXISTS (SELECT 1 FROM places pl WHERE pl.id = e.place_id AND pl.name LIKE @w1 ESCAPE '\\')
  OR EXISTS (SELECT 1 FROM participants pa JOIN people p ON p.id = pa.person_id WHERE pa.event_seq = e.seq AND (p.name LIKE @w1 ESCAPE '\\' OR p.title LIKE @w1 ESCAPE '\\'))
  OR EXISTS (SELECT 1 FROM event_topics et JOIN topics t ON t.id = et.topic_id WHERE et.event_seq = e.seq AND t.name LIKE @w1 ESCAPE '\\')
  OR EXISTS (SELECT 1 FROM event_organisations eo JOIN organisations o ON o.id = eo.organisation_id WHERE eo.event_seq = e.seq
       AND (o.acronym_fr LIKE @w1 ESCAPE '\\' OR o.acronym_en LIKE @w1 ESCAPE '\\' OR o.name_fr LIKE @w1 ESCAPE '\\' OR o.name_en LIKE @w1 ESCAPE '\\'))
  OR EXISTS (SELECT 1 FROM follow_ups f WHERE f.event_id = e.id AND f.title LIKE @w1 ESCAPE '\\')
)`;

function likeSql(words: number): string {
  const clauses = Array.from({ length: words }, (_, i) => ONE_WORD.replaceAll('@w1', `@w${i + 1}`));
  return `SELECT e.id FROM events e WHERE ${clauses.join(' AND ')} ORDER BY e.date DESC, e.seq DESC LIMIT 50`;
}

export function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Prepared LIKE searches, one statement per word count. */
export function createLikeSearch(db: Database.Database) {
  const statements = new Map<number, Database.Statement>();
  return (query: string): string[] => {
    const words = query.match(WORD) ?? [];
    if (words.length === 0) return [];
    let stmt = statements.get(words.length);
    if (!stmt) statements.set(words.length, (stmt = db.prepare(likeSql(words.length))));
    return (stmt.all(Object.fromEntries(words.map((w, i) => [`w${i + 1}`, likePattern(w)]))) as { id: string }[]).map((r) => r.id);
  };
}

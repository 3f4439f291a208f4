/**
 * Where open follow-ups really fall due: their effective span (core/due.ts effectiveSpan — a snooze
 * pushes the start, and the end with it). The reminder buckets and their counts are ranges of
 * these two expressions; indexed, each reads only the follow-ups it returns or counts, instead of
 * every open follow-up in the store. The expressions must stay word for word those in
 * db/followups.ts, or SQLite will not match them to the index.
 */
export default `
CREATE INDEX IF NOT EXISTS follow_ups_open_from
  ON follow_ups(max(due_from, ifnull(snoozed_until, '')), id) WHERE status = 'open';
CREATE INDEX IF NOT EXISTS follow_ups_open_to
  ON follow_ups(max(due_to, max(due_from, ifnull(snoozed_until, ''))), max(due_from, ifnull(snoozed_until, ''))) WHERE status = 'open';
`;

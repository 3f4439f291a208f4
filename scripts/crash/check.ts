/**
 * What the harness checks after each kill, on the reopened file: SQLite's own integrity check,
 * every acknowledged write present, and nothing half-written (an event missing follow-ups it was
 * created with, or missing from the search index, or a follow-up the index does not know).
 */
import type { Db } from '../../db/open.ts';
import type { Ack } from './protocol.ts';

export interface CheckResult {
  integrity: string;
  lost: string[];
  halfWritten: string[];
}

const INLINE = /^Réunion (\S+) k(\d+) /;

export function checkStore(db: Db, acks: readonly Ack[]): CheckResult {
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
  const lost: string[] = [];
  const halfWritten: string[] = [];

  const eventSeq = db.prepare('SELECT seq FROM events WHERE id = ?').pluck();
  const followUp = db.prepare('SELECT event_id FROM follow_ups WHERE id = ?').pluck();
  const indexed = db.prepare('SELECT rowid FROM events_fts WHERE events_fts MATCH ?').pluck();
  const inIndex = (column: string, token: string, seq: number) => (indexed.all(`${column}:${token}`) as number[]).includes(seq);

  for (const ack of acks) {
    if (ack.type === 'event') {
      if (eventSeq.get(ack.id) === undefined) lost.push(`event ${ack.id}`);
      for (const f of ack.followUps) if (followUp.get(f.id) !== ack.id) lost.push(`follow-up ${f.id} of event ${ack.id}`);
    } else if (followUp.get(ack.id) !== ack.eventId) {
      lost.push(`follow-up ${ack.id}`);
    }
  }

  // Every event and follow-up in the file, acknowledged or not, must be whole.
  const events = db.prepare('SELECT seq, id, title FROM events').all() as { seq: number; id: string; title: string }[];
  const inlineCount = db.prepare("SELECT count(*) FROM follow_ups WHERE event_id = ? AND title LIKE 'Suivi %'").pluck();
  for (const e of events) {
    const m = INLINE.exec(e.title);
    if (!m) continue;
    if (inlineCount.get(e.id) !== Number(m[2])) halfWritten.push(`event ${e.id} lacks follow-ups it was created with`);
    if (!inIndex('title', m[1]!, e.seq)) halfWritten.push(`event ${e.id} is missing from the search index`);
  }
  const followUps = db.prepare('SELECT f.title, e.seq FROM follow_ups f JOIN events e ON e.id = f.event_id').all() as { title: string; seq: number }[];
  for (const f of followUps) {
    const t = /^(?:Relance|Suivi) (\S+)/.exec(f.title)?.[1];
    if (t && !inIndex('follow_ups', t, f.seq)) halfWritten.push(`follow-up "${f.title}" is missing from its event's search row`);
  }
  const rows = db.prepare('SELECT count(*) FROM events_fts').pluck().get() as number;
  if (rows !== events.length) halfWritten.push(`the search index has ${rows} rows for ${events.length} events`);
  return { integrity, lost, halfWritten };
}

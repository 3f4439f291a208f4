import type { HistoryAction, HistoryEntry } from '../core/records.ts';
import { type Ctx, insertRow, sql, timestamp } from './context.ts';

type RecordType = HistoryEntry['recordType'];

export function record(ctx: Ctx, recordType: RecordType, recordId: string, action: HistoryAction, before: unknown, after: unknown): void {
  insertRow(ctx, 'INSERT INTO history (id, record_type, record_id, action, at, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    ctx.newId(), recordType, recordId, action, timestamp(ctx),
    before === undefined ? null : JSON.stringify(before),
    after === undefined ? null : JSON.stringify(after),
  ]);
}

interface Row { id: string; recordType: RecordType; recordId: string; action: HistoryAction; at: string; before: string | null; after: string | null }

function toEntry(r: Row): HistoryEntry {
  return { ...r, before: r.before === null ? null : JSON.parse(r.before), after: r.after === null ? null : JSON.parse(r.after) };
}

export function historyOf(ctx: Ctx, recordId: string): HistoryEntry[] {
  return sql<Row>(ctx.db, 'SELECT id, record_type AS recordType, record_id AS recordId, action, at, before, after FROM history WHERE record_id = ? ORDER BY seq').all(recordId).map(toEntry);
}

export function allHistory(ctx: Ctx): HistoryEntry[] {
  return sql<Row>(ctx.db, 'SELECT id, record_type AS recordType, record_id AS recordId, action, at, before, after FROM history ORDER BY seq').all().map(toEntry);
}

export function insertHistoryEntry(ctx: Ctx, e: HistoryEntry): void {
  sql(ctx.db, 'INSERT INTO history (id, record_type, record_id, action, at, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    e.id, e.recordType, e.recordId, e.action, e.at,
    e.before === null || e.before === undefined ? null : JSON.stringify(e.before),
    e.after === null || e.after === undefined ? null : JSON.stringify(e.after),
  );
}

/**
 * Which SQL a hot API call really runs, and whether SQLite answers it from an index: the
 * statements are caught as the call executes them (no copy of the SQL kept here to drift),
 * then each is put through EXPLAIN QUERY PLAN with the same bound values.
 */
import type Database from 'better-sqlite3';
import type { Store } from '../api/store.ts';

export interface PlanReport {
  /** True when no statement reads a large table row by row without an index, and the timeline is not re-sorted. */
  usesIndex: boolean;
  /** Each statement's plan, one line per step, indented by depth. */
  plans: { sql: string; plan: string; fullScans: string[]; weakIndexes: string[]; tempSort: boolean }[];
}

type Bound = { source: string; args: unknown[] };
type AnyFn = (this: Database.Statement, ...args: unknown[]) => unknown;

/** Tables a dozen rows long, where a scan is cheaper than an index: the seeded organisations. */
const SMALL = new Set(['organisations', 'o']);
// Names of subquery results (`FROM (SELECT … GROUP BY …) c`): scanning a grouped handful is no table scan.
const SUBQUERY_ALIASES = new Set(['c']);
/**
 * An index searched on a column with a handful of values only (status, kind) reads a large
 * share of the table: inside a per-row subquery that is a scan in disguise.
 */
const WEAK_KEY = /USING (?:COVERING )?INDEX \w+ \((?:status|kind|precision)=\?\)$/;

function captureStatements(db: Database.Database, call: () => void): Bound[] {
  const proto = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<'get' | 'all' | 'iterate', AnyFn>;
  const original = { get: proto.get, all: proto.all, iterate: proto.iterate };
  const seen: Bound[] = [];
  for (const name of ['get', 'all', 'iterate'] as const) {
    proto[name] = function (this: Database.Statement, ...args: unknown[]) {
      if (!seen.some((s) => s.source === this.source)) seen.push({ source: this.source, args });
      return original[name].apply(this, args);
    };
  }
  try {
    call();
  } finally {
    Object.assign(proto, original);
  }
  return seen;
}

function explain(db: Database.Database, s: Bound) {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${s.source}`).all(...s.args) as { id: number; parent: number; detail: string }[];
  const depth = new Map<number, number>([[0, -1]]);
  const lines = rows.map((r) => {
    const d = (depth.get(r.parent) ?? -1) + 1;
    depth.set(r.id, d);
    return `${'  '.repeat(d)}${r.detail}`;
  });
  const fullScans = rows
    .map((r) => /^SCAN (\w+)$/.exec(r.detail)?.[1])
    .filter((t): t is string => t !== undefined && !SMALL.has(t) && !SUBQUERY_ALIASES.has(t));
  const weakIndexes = rows.filter((r) => WEAK_KEY.test(r.detail) && r.parent !== 0).map((r) => r.detail);
  // Only a sort of the statement's own rows counts; a subquery ordering its few links is fine.
  // A statement whose rows are fetched by key from a page chosen in a subquery (the timeline's
  // `seq IN (… LIMIT … OFFSET …)`) sorts just that page, not the table: not a re-sorted timeline.
  const byKey = rows.some((r) => r.parent === 0 && /USING INTEGER PRIMARY KEY \(rowid=\?\)/.test(r.detail));
  const tempSort = !byKey && rows.some((r) => r.parent === 0 && r.detail.startsWith('USE TEMP B-TREE FOR ORDER BY'));
  return { sql: s.source.replace(/\s+/g, ' ').trim(), plan: lines.join('\n'), fullScans, weakIndexes, tempSort };
}

/** Runs `method` once and reports the plan of every SELECT it ran. */
export function planOf(store: Store, method: string, input: unknown, opts: { orderFromIndex?: boolean } = {}): PlanReport {
  const db = store.ctx.db;
  let envelope: ReturnType<Store['dispatch']> | undefined;
  const statements = captureStatements(db, () => { envelope = store.dispatch(method, input); });
  if (!envelope?.ok) throw new Error(`${method} failed while capturing its plan: ${JSON.stringify(envelope)}`);
  const plans = statements.filter((s) => /^\s*(SELECT|WITH)/i.test(s.source)).map((s) => explain(db, s));
  // The ordered read is the one whose order must come from an index (a timeline page asks for its count first).
  const ordered = plans.find((p) => /\bORDER BY\b/i.test(p.sql));
  const usesIndex = plans.every((p) => p.fullScans.length === 0 && p.weakIndexes.length === 0) && !(opts.orderFromIndex && ordered?.tempSort);
  return { usesIndex, plans };
}

/** What the figures were measured on: they mean little without it. */
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import Database from 'better-sqlite3';

export interface Machine {
  cpu: string;
  cores: number;
  ramGB: number;
  os: string;
  node: string;
  sqlite: string;
  chromium: string | null;
  /** 1-minute load averages at the start and end: other work on the machine slows every figure. */
  loadAtStart: number;
  loadAtEnd: number | null;
  /** A fixed workload (200,000 prepared SQLite reads in memory), in ms: compares this run's CPU with another's. */
  calibrationMs: number;
}

function calibrate(db: Database.Database): number {
  db.exec('CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT); WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 1000) INSERT INTO t SELECT k, hex(randomblob(16)) FROM n');
  const get = db.prepare('SELECT v FROM t WHERE k = ?');
  const start = performance.now();
  for (let i = 0; i < 200_000; i++) get.get((i % 1000) + 1);
  return Math.round(performance.now() - start);
}

export function describeMachine(): Machine {
  const db = new Database(':memory:');
  const sqlite = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  const calibrationMs = calibrate(db);
  db.close();
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    ramGB: Math.round(totalmem() / 1024 ** 3),
    os: `${osType()} ${release()}`,
    node: process.version,
    sqlite,
    chromium: null,
    loadAtStart: Math.round(loadavg()[0]! * 100) / 100,
    loadAtEnd: null,
    calibrationMs,
  };
}

import { openStore } from './api/store.ts';
import { rmSync } from 'node:fs';
import { generateDataset, toCreateInput } from './bench/generate.ts';
import { inputs } from './core/contract.ts';
import { sql } from './db/context.ts';
rmSync('/tmp/prof', { recursive: true, force: true });
const s = openStore({ file: '/tmp/prof/c.sqlite' });
const d = generateDataset(3000);
const events = d.events.map(toCreateInput);
console.log('avg source_text len', events.reduce((n, e) => n + (e.sourceText?.length ?? 0) + (e.summary?.length ?? 0), 0) / events.length);
s.dispatch('events.createMany', { events: events.slice(0, 1000) });
const db = s.ctx.db;
// FTS insert alone
const rows = db.prepare('SELECT * FROM events_fts LIMIT 1000').all() as any[];
db.exec('CREATE VIRTUAL TABLE t2 USING fts5(title, summary, place, people, countries, organisations, topics, follow_ups, source_text, tokenize = \'unicode61 remove_diacritics 2\', prefix = \'2 3\')');
db.exec('CREATE VIRTUAL TABLE t3 USING fts5(title, summary, place, people, countries, organisations, topics, follow_ups, source_text, tokenize = \'unicode61 remove_diacritics 2\')');
for (const t of ['t2', 't3']) {
  const ins = db.prepare(`INSERT INTO ${t} VALUES (?,?,?,?,?,?,?,?,?)`);
  const t0 = performance.now();
  db.transaction(() => { for (const r of rows) ins.run(r.title, r.summary, r.place, r.people, r.countries, r.organisations, r.topics, r.follow_ups, r.source_text); })();
  console.log(t, 'fts insert per row ms', (performance.now() - t0) / rows.length);
}
let t0 = performance.now();
db.transaction(() => { for (let i = 1; i <= 1000; i++) db.prepare('SELECT 1').get(); })();
const st = db.prepare('SELECT id FROM people WHERE folded = ?');
t0 = performance.now();
for (let i = 0; i < 5000; i++) st.get('abdoulaye diop');
console.log('simple indexed select us', (performance.now() - t0) / 5000 * 1000);
t0 = performance.now();
const v = inputs['events.createMany'].parse({ events: events.slice(1000, 2000) });
console.log('zod per event ms', (performance.now() - t0) / 1000);
t0 = performance.now();
s.dispatch('events.createMany', { events: events.slice(1000, 2000) });
console.log('createMany per event ms', (performance.now() - t0) / 1000);

import { openStore } from './api/store.ts';
import { generateDataset, toCreateInput } from './bench/generate.ts';
const s = openStore({ file: '/tmp/prof/c.sqlite' });
const db = s.ctx.db;
const src = (await import('./db/search.ts'));
const text = `SELECT e.seq, e.title, e.summary,
    concat_ws(' ', pl.name, country_names(pl.country)),
    (SELECT group_concat(concat_ws(' ', p.name, coalesce(pa.title, p.title)), ' · ') FROM participants pa JOIN people p ON p.id = pa.person_id WHERE pa.event_seq = e.seq),
    (SELECT group_concat(country_names(country), ' · ') FROM event_countries WHERE event_seq = e.seq),
    (SELECT group_concat(concat_ws(' ', o.acronym_fr, o.acronym_en, o.name_fr, o.name_en), ' · ') FROM event_organisations x JOIN organisations o ON o.id = x.organisation_id WHERE x.event_seq = e.seq),
    (SELECT group_concat(t.name, ' · ') FROM event_topics x JOIN topics t ON t.id = x.topic_id WHERE x.event_seq = e.seq),
    (SELECT group_concat(concat_ws(' ', f.title, f.wording, fp.name), ' · ') FROM follow_ups f LEFT JOIN places fp ON fp.id = f.place_id WHERE f.event_id = e.id),
    e.source_text
  FROM events e LEFT JOIN places pl ON pl.id = e.place_id WHERE e.seq = ?`;
for (const r of db.prepare('EXPLAIN QUERY PLAN ' + text).all(5) as any[]) console.log(r.detail);
const st = db.prepare(text);
let t = performance.now();
for (let i = 1; i < 1000; i++) st.get(i);
console.log('select part ms', (performance.now() - t) / 1000);
const ins = db.prepare('SELECT id FROM people WHERE folded = ? ORDER BY rowid');
t = performance.now();
for (let i = 1; i < 1000; i++) ins.all('abdoulaye diop');
console.log('people lookup ms', (performance.now() - t) / 1000);
for (const r of db.prepare("EXPLAIN QUERY PLAN SELECT id FROM places WHERE folded = ? AND ifnull(country, '') = ifnull(?, '')").all('a', 'b') as any[]) console.log(r.detail);
for (const r of db.prepare("EXPLAIN QUERY PLAN SELECT id FROM organisations WHERE instr(folded, ?) > 0 ORDER BY rowid LIMIT 1").all('a') as any[]) console.log(r.detail);
console.log(db.prepare('select count(*) n from people').get(), db.prepare('select count(*) n from places').get(), db.prepare('select count(*) n from topics').get(), db.prepare('select count(*) n from organisations').get());

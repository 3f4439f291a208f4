import { openStore } from './api/store.ts';
import { rmSync } from 'node:fs';
import { generateDataset, toCreateInput } from './bench/generate.ts';
import { inputs } from './core/contract.ts';
import * as ev from './db/events.ts';
import * as se from './db/search.ts';
import * as fu from './db/followups.ts';
import * as hi from './db/history.ts';
import { newFollowUp } from './api/followup-input.ts';
import { countrySearchText } from './core/countries.ts';
rmSync('/tmp/prof', { recursive: true, force: true });
const s = openStore({ file: '/tmp/prof/c.sqlite' });
const ctx = s.ctx;
const d = generateDataset(2000);
const parsed = inputs['events.createMany'].parse({ events: d.events.map(toCreateInput) }).events;
const T = { insert: 0, fu: 0, index: 0, hist: 0 };
ctx.db.transaction(() => {
  for (const input of parsed) {
    let t = performance.now();
    const { id, seq } = ev.insertEvent(ctx, ev.bodyOf(input), {});
    T.insert += performance.now() - t; t = performance.now();
    input.followUps.forEach((f, i) => fu.insertFollowUp(ctx, id, newFollowUp(f, input.date, `f${i}`)));
    T.fu += performance.now() - t; t = performance.now();
    se.indexEvent(ctx, seq, true);
    T.index += performance.now() - t; t = performance.now();
    hi.record(ctx, 'event', id, 'create', null, { ...input, id });
    T.hist += performance.now() - t;
  }
})();
for (const [k, v] of Object.entries(T)) console.log(k, (v / parsed.length).toFixed(3), 'ms/event');
let t = performance.now();
for (let i = 0; i < 2000; i++) countrySearchText('RU');
console.log('countrySearchText us', (performance.now() - t) / 2000 * 1000);

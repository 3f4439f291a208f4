/**
 * The child the crash harness kills: writes events and follow-ups through the API as fast as it
 * can and prints one acknowledgement line after each write has committed. Nothing here waits
 * for the kill; it just keeps writing.
 *
 *   node scripts/crash/writer.ts FILE      then "go SEED" on standard input
 *
 * Loading the modules takes longer than a whole run, so the harness starts the next writer
 * while the current one runs; it waits (printing "loaded") until told to go.
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { openStore } from '../../api/store.ts';
import type { Event, FollowUp } from '../../core/records.ts';
import { ackLine, LOADED, READY } from './protocol.ts';
import { pick, seeded } from './rng.ts';

const [file] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node scripts/crash/writer.ts FILE, then "go SEED" on standard input\n');
  process.exit(2);
}
const lines = createInterface({ input: process.stdin });
process.stdout.write(`${LOADED}\n`);
const [go] = (await once(lines, 'line')) as [string];
lines.close();
const rng = seeded(Number(go.split(' ')[1] ?? 1));
const token = () => `t${Math.floor(rng() * 2 ** 48).toString(36)}${Math.floor(rng() * 2 ** 30).toString(36)}`;
const WORDS = ['Entretien', 'consultations', 'Bamako', 'Moscou', 'coopération', 'sécurité', 'Sahel', 'ministre', 'accord', 'CEDEAO'];
const sentence = (n: number) => Array.from({ length: n }, () => pick(rng, WORDS)).join(' ');
const day = () => `2025-${String(1 + Math.floor(rng() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rng() * 28)).padStart(2, '0')}`;

const store = openStore({ file });
// stdout to a pipe is synchronous on POSIX: once write returns, the line is the harness's.
const say = (text: string) => process.stdout.write(text);
say(`${READY}\n`);

const events: string[] = [];
for (;;) {
  if (events.length > 0 && rng() < 0.25) {
    const eventId = pick(rng, events);
    const t = token();
    const r = store.dispatch('followUps.create', { eventId, title: `Relance ${t}`, due: day(), notes: sentence(30) });
    if (!r.ok) throw new Error(`followUps.create: ${r.error.message}`);
    say(ackLine({ type: 'followUp', id: (r.result as FollowUp).id, eventId, token: t }));
  } else {
    const t = token();
    const inline = Array.from({ length: Math.floor(rng() * 4) }, () => token());
    const r = store.dispatch('events.create', {
      title: `Réunion ${t} k${inline.length} ${sentence(3)}`,
      date: day(),
      place: { name: pick(rng, ['Bamako', 'Moscou', 'Niamey', 'Abuja']), country: pick(rng, ['ML', 'RU', 'NE', 'NG']) },
      countries: ['ML', pick(rng, ['RU', 'FR', 'TR', 'SN'])],
      people: [{ name: `Personne ${Math.floor(rng() * 50)}`, role: 'host' }],
      topics: [pick(rng, WORDS), pick(rng, WORDS)].filter((v, i, a) => a.indexOf(v) === i),
      summary: sentence(200),
      followUps: inline.map((ft, i) => ({ title: `Suivi ${ft} ${i + 1}/${inline.length}`, due: day() })),
    });
    if (!r.ok) throw new Error(`events.create: ${r.error.message}`);
    const e = r.result as Event;
    events.push(e.id);
    say(ackLine({ type: 'event', id: e.id, token: t, followUps: inline.map((ft) => ({ id: e.followUps.find((f) => f.title.includes(ft))!.id, token: ft })) }));
  }
}

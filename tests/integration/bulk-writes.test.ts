/**
 * Bulk writes (events.createMany, data.import) write their events a chunk at a time, table by
 * table (db/context.ts writeInChunks): what they leave must be what one event at a time leaves,
 * row for row, and a refusal must still name the event and change nothing.
 */
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../api/store.ts';
import { generateDataset, toCreateInput, toExportFile } from '../../bench/generate.ts';
import { tableChecksum, tempDir } from '../helpers/store.ts';

const NOW = new Date('2026-06-15T09:00:00.000Z');
const opened: { store: Store; dir: string }[] = [];

/** A store whose ids come from a counter, so two stores given the same writes hold the same rows. */
function open(): Store {
  const dir = tempDir();
  let n = 0;
  const newId = () => `00000000-0000-7000-8000-${(++n).toString(16).padStart(12, '0')}`;
  const store = openStore({ file: join(dir, 'chancery.sqlite'), now: () => NOW, newId, idleUpkeep: false });
  opened.push({ store, dir });
  return store;
}

afterEach(() => {
  for (const { store, dir } of opened.splice(0)) {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

function call(store: Store, method: string, input: unknown): unknown {
  const envelope = store.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.message}`);
  return envelope.result;
}

// The index's segments depend on how many commits wrote it; its content and sizes do not.
const SEGMENTS = ['events_fts_data', 'events_fts_idx'];
const checksum = (store: Store) => tableChecksum(store.ctx.db, SEGMENTS);
const indexIsWhole = (store: Store) => store.ctx.db.prepare("INSERT INTO events_fts(events_fts, rank) VALUES('integrity-check', 1)").run();

// Past one chunk of 1,000, with people, places, topics and organisations named again and again.
const data = generateDataset(1_203);

describe('events.createMany over several chunks', () => {
  it('writes the rows, rowids and index content that the same events created one at a time write', () => {
    const bulk = open();
    const single = open();
    const inputs = data.events.map(toCreateInput);
    const { ids } = call(bulk, 'events.createMany', { events: inputs }) as { ids: string[] };
    const singleIds = inputs.map((input) => (call(single, 'events.create', input) as { id: string }).id);
    expect(ids).toEqual(singleIds);
    expect(checksum(bulk)).toBe(checksum(single));
    indexIsWhole(bulk);
    for (const query of ['Wagué', 'ministre', 'CEDEAO', 'Bamako']) {
      expect(call(bulk, 'search', { query, limit: 50 })).toEqual(call(single, 'search', { query, limit: 50 }));
    }
  });

  it('tells progress once each thousand events are written, every table included', () => {
    const store = open();
    const db = store.ctx.db;
    const seen: number[][] = [];
    store.onProgress((done, total) => {
      const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
      seen.push([done, total, count('events'), count('events_fts'), count('history'), count('participants') > 0 ? 1 : 0]);
    });
    call(store, 'events.createMany', { events: data.events.map(toCreateInput) });
    expect(seen).toEqual([[1000, 1203, 1000, 1000, 1000, 1], [1203, 1203, 1203, 1203, 1203, 1]]);
  });

  it('adds nothing when an event of the second chunk is refused, naming it', () => {
    const store = open();
    call(store, 'events.createMany', { events: data.events.slice(0, 3).map(toCreateInput) });
    const before = checksum(store);
    const events = data.events.map(toCreateInput);
    events[1_100] = { ...events[1_100]!, followUps: [{ title: 'Rappel', wording: 'un jour peut-être' }] };
    const envelope = store.dispatch('events.createMany', { events });
    expect(envelope.ok).toBe(false);
    expect(!envelope.ok && envelope.error.issues[0]!.field).toBe('events[1100].followUps[0].due');
    expect(checksum(store)).toBe(before);
  });
});

describe('people named again within one bulk write', () => {
  // A new person, then the same name without accents, in capitals, with a title, from elsewhere:
  // resolved within the write exactly as by separate writes, and indexed as each event saw them.
  const named = (title: string, people: { name: string; title?: string; country?: string }[]) =>
    ({ title, date: '2025-03-01', people: people.map((p) => ({ ...p, role: 'participant' as const })) });
  const events = [
    named('Un', [{ name: 'Ismaël Wagué', country: 'ML' }]),
    named('Deux', [{ name: 'Ismael Wague', country: 'ML' }, { name: 'ISMAËL WAGUÉ' }]),
    named('Trois', [{ name: 'ismael wague', title: 'Ministre de la Réconciliation' }]),
    named('Quatre', [{ name: 'Ismaël Wagué', country: 'SN' }, { name: 'Ismaël Wagué', country: 'ML' }]),
    named('Cinq', [{ name: 'Ismael Wagué', country: 'SN', title: 'Ambassadeur' }, { name: 'Ismaël Wagué' }]),
  ];

  it('resolves each spelling to the person separate writes resolve it to', () => {
    const bulk = open();
    const single = open();
    call(bulk, 'events.createMany', { events });
    for (const event of events) call(single, 'events.create', event);
    expect(checksum(bulk)).toBe(checksum(single));
    indexIsWhole(bulk);
    const people = bulk.ctx.db.prepare('SELECT name, title, country FROM people ORDER BY rowid').all();
    expect(people).toEqual([
      { name: 'Ismaël Wagué', title: 'Ministre de la Réconciliation', country: 'ML' },
      { name: 'Ismaël Wagué', title: 'Ambassadeur', country: 'SN' },
    ]);
    const participants = bulk.ctx.db.prepare('SELECT count(DISTINCT person_id) FROM participants').pluck().get();
    expect(participants).toBe(2);
  });
});

describe('data.import over several chunks', () => {
  it('writes what importing the events one file at a time writes', () => {
    const bulk = open();
    const single = open();
    call(bulk, 'data.import', toExportFile(data));
    call(single, 'data.import', toExportFile(data, []));
    for (const event of data.events) call(single, 'data.import', { ...toExportFile(data, [event]), people: [] });
    expect(checksum(bulk)).toBe(checksum(single));
    indexIsWhole(bulk);
  });

  it('refuses a follow-up id given twice in one file, even before the first is written, naming the second', () => {
    const store = open();
    const file = toExportFile(data, data.events.slice(0, 10));
    const withFollowUp = file.events.findIndex((e) => e.followUps.length > 0);
    const later = file.events.findIndex((e, i) => i > withFollowUp && e.followUps.length > 0);
    file.events[later] = { ...file.events[later]!, followUps: [{ ...file.events[later]!.followUps[0]!, id: file.events[withFollowUp]!.followUps[0]!.id }] };
    const before = tableChecksum(store.ctx.db);
    const envelope = store.dispatch('data.import', file);
    expect(!envelope.ok && envelope.error.issues[0]).toEqual({
      field: `events[${later}].followUps[0].id`, problem: `a follow-up with id ${file.events[withFollowUp]!.followUps[0]!.id} already exists`,
    });
    expect(tableChecksum(store.ctx.db)).toBe(before);
  });
});

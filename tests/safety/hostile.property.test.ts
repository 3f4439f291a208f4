/**
 * Property: thousands of hostile payloads sent to every method of the API never crash it. Each
 * is refused with a typed error that names the field (or, now and then, is simply valid), and a
 * refused call leaves every table byte for byte as it was.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Method, METHODS } from '../../core/contract.ts';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../core/export-format.ts';
import { maliRussiaMeeting } from '../helpers/events.ts';
import { openTestStore, type TestStore } from '../helpers/store.ts';
import { hostileKey, hostileValue } from './arbitraries.ts';

interface Ids { eventId: string; followUpId: string; personId: string; organisationId: string }

/** A valid input for each method: the hostile payloads are made by breaking these. */
const VALID: { [M in Method]: (ids: Ids) => unknown } = {
  'events.create': () => maliRussiaMeeting(),
  'events.createMany': () => ({ events: [{ title: 'Un', date: '2025-01-02' }] }),
  'events.update': ({ eventId }) => ({ id: eventId, title: 'Nouveau titre', summary: 'Résumé' }),
  'events.delete': ({ eventId }) => ({ id: eventId }),
  'events.restore': ({ eventId }) => ({ event: { id: eventId, title: 'T', date: '2025-01-01' }, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', followUps: [] }),
  'events.get': ({ eventId }) => ({ id: eventId }),
  'events.list': () => ({ filters: { countries: ['ML'], from: '2025-01-01' }, limit: 10, offset: 0, order: 'desc' }),
  'events.density': () => ({ filters: { kinds: ['meeting'] } }),
  'events.facets': () => ({ filters: {} }),
  'events.history': ({ eventId }) => ({ id: eventId }),
  search: () => ({ query: 'mali', filters: {}, limit: 10 }),
  'search.facets': () => ({ query: 'mali', filters: {} }),
  'followUps.create': ({ eventId }) => ({ eventId, title: 'Rappeler', due: '2025-08-01' }),
  'followUps.update': ({ followUpId }) => ({ id: followUpId, title: 'Autre titre', notes: 'n' }),
  'followUps.complete': ({ followUpId }) => ({ id: followUpId, at: '2025-07-02' }),
  'followUps.cancel': ({ followUpId }) => ({ id: followUpId }),
  'followUps.reopen': ({ followUpId }) => ({ id: followUpId }),
  'followUps.snooze': ({ followUpId }) => ({ id: followUpId, until: '2025-09-01' }),
  'followUps.reschedule': ({ followUpId }) => ({ id: followUpId, window: { from: '2025-08-01', to: '2025-08-15' } }),
  'followUps.get': ({ followUpId }) => ({ id: followUpId }),
  'followUps.list': () => ({ status: 'open', limit: 10, offset: 0 }),
  'followUps.history': ({ followUpId }) => ({ id: followUpId }),
  'reminders.due': () => ({ at: '2025-07-01', withinDays: 7 }),
  'directory.people': () => ({ query: 'diop', limit: 5 }),
  'directory.places': () => ({ query: 'bam', limit: 5 }),
  'directory.countries': () => ({ query: 'mal', limit: 5 }),
  'directory.organisations': () => ({ query: 'ces', limit: 5 }),
  'directory.topics': () => ({ query: 'séc', limit: 5 }),
  'organisations.create': () => ({ acronymFr: 'OMVS', acronymEn: 'OMVS', nameFr: 'Organisation du fleuve', nameEn: 'River organisation' }),
  'organisations.update': ({ organisationId }) => ({ id: organisationId, nameEn: 'Renamed' }),
  'people.update': ({ personId }) => ({ id: personId, title: 'Ministre' }),
  'people.get': ({ personId }) => ({ id: personId }),
  'people.addAlias': ({ personId }) => ({ id: personId, alias: 'A. Diop' }),
  'people.removeAlias': ({ personId }) => ({ id: personId, alias: 'A. Diop' }),
  'people.setTitles': ({ personId }) => ({ id: personId, titles: [{ title: 'Ministre', from: '2020-06-11', to: '2025-12-31' }] }),
  // A merge that succeeded would delete the person the other payloads name: merge a missing one.
  'people.merge': ({ personId }) => ({ keep: personId, merge: '01a22877-0000-7000-8000-000000000000' }),
  'relations.bilateral': () => ({ a: 'ML', b: 'RU', at: '2025-07-01' }),
  'data.export': () => ({}),
  'data.import': () => ({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: '2025-07-01T09:00:00.000Z', organisations: [], people: [], events: [], history: [] }),
  'data.exportCsv': () => ({}),
  'data.exportIcs': () => ({}),
  'settings.get': () => ({}),
  'settings.update': () => ({ language: 'fr', reminderTime: '08:30', notifications: true }),
  'store.info': () => ({}),
  'store.backups': () => ({}),
};

type Path = (string | number)[];

/** Every path into a value (objects and arrays), so a hostile value can land anywhere in it. */
function paths(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

/** A copy of `base` with the value at `path` replaced (or deleted, for `undefined`). */
function replaced(base: unknown, path: Path, key: string | null, value: unknown, remove: boolean): unknown {
  const copy = structuredClone(base);
  if (path.length === 0 && key === null) return value;
  let parent = copy as Record<string | number, unknown>;
  for (const step of path) {
    const next = parent[step];
    if (next === null || typeof next !== 'object') return value;
    parent = next as Record<string | number, unknown>;
  }
  const k = key ?? Object.keys(parent)[0] ?? 'id';
  if (remove) delete parent[k];
  // defineProperty, not assignment: `__proto__` becomes an own key, as JSON.parse would make it.
  else Object.defineProperty(parent, k, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

let t: TestStore;
let ids: Ids;
beforeAll(() => {
  t = openTestStore();
  const meeting = t.call('events.create', maliRussiaMeeting());
  const [org] = t.call('directory.organisations', { query: 'ces' });
  ids = { eventId: meeting.id, followUpId: meeting.followUps[0]!.id, personId: meeting.participants[0]!.person.id, organisationId: org!.id };
});
afterAll(() => t.cleanup());

const EXPECTED_CODES = new Set(['invalid_input', 'not_found', 'conflict']);

describe.each(METHODS)('%s under hostile input', (method) => {
  it('refuses with a typed error naming the field, and writes nothing', () => {
    const base = VALID[method](ids);
    const where = paths(base);
    let refused = 0;
    const payload = fc.oneof(
      { weight: 1, arbitrary: hostileValue.map((v) => ({ v, why: 'whole input' })) },
      {
        weight: 4,
        arbitrary: fc
          .record({ path: fc.constantFrom(...where), remove: fc.boolean(), value: hostileValue, pick: fc.nat() })
          .chain((r) => {
            let parent: unknown = base;
            for (const step of r.path) parent = (parent as Record<string | number, unknown>)[step];
            const keys = parent !== null && typeof parent === 'object' ? Object.keys(parent) : [];
            return hostileKey(keys).map((key) => ({ v: replaced(base, r.path, key, r.value, r.remove), why: `${r.remove ? 'removed' : 'replaced'} ${[...r.path, key].join('.')}` }));
          }),
      },
    );
    // Hashing every table is the slow part: hash again only after a call that was accepted.
    let before = t.checksum();
    fc.assert(
      fc.property(payload, ({ v }) => {
        let envelope;
        expect(() => (envelope = t.store.dispatch(method, v))).not.toThrow();
        const e = envelope as unknown as ReturnType<typeof t.store.dispatch>;
        expect(typeof e.ok).toBe('boolean');
        if (e.ok) {
          before = t.checksum();
          return;
        }
        refused++;
        expect(EXPECTED_CODES, `${e.error.code}: ${e.error.message}`).toContain(e.error.code);
        expect(e.error.issues.length, e.error.message).toBeGreaterThan(0);
        for (const issue of e.error.issues) {
          expect(typeof issue.field).toBe('string');
          expect(issue.problem.length).toBeGreaterThan(0);
        }
        if (e.error.code === 'invalid_input' && v !== null && typeof v === 'object' && !Array.isArray(v)) {
          expect(e.error.issues.some((i) => i.field !== ''), e.error.message).toBe(true);
        }
        // A megabyte in, a sentence out: messages never echo the whole input.
        expect(e.error.message.length, e.error.message.slice(0, 200)).toBeLessThan(4_000);
        expect(t.checksum()).toBe(before);
      }),
      { numRuns: 60 },
    );
    expect(refused).toBeGreaterThan(15);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('a megabyte in any field of any method', () => {
  const MEGABYTE = 'x'.repeat(1 << 20);
  it.each(METHODS)('%s answers with a sentence, never the megabyte back', (method) => {
    const base = VALID[method](ids);
    const inputs = [
      { ...(base as object), note: MEGABYTE },
      ...paths(base).filter((p) => p.length > 0).map((p) => replaced(base, p.slice(0, -1), String(p.at(-1)), MEGABYTE, false)),
    ];
    for (const [n, input] of inputs.entries()) {
      const path = [String(n)];
      const before = t.checksum();
      const e = t.store.dispatch(method, input);
      expect(e.ok, `${method} ${path.join('.')}`).toBe(false);
      if (e.ok) continue;
      expect(e.error.code).toBe('invalid_input');
      expect(e.error.issues[0]!.field).not.toBe('');
      expect(JSON.stringify(e.error).length, `${method} ${path.join('.')}: ${e.error.message.slice(0, 120)}`).toBeLessThan(4_000);
      expect(t.checksum()).toBe(before);
    }
  });
});

/**
 * The synthetic diary: a fixed seed gives the same events, people and follow-ups on every run.
 * Thirty years of a Sahel desk's work — every kind of event, 2–8 participants, countries,
 * organisations by acronym, places, topics, follow-ups due on a date or within a window,
 * French and English text with accents — shaped like what a diplomat would really log.
 */
import type { ExportFile } from '../core/export-format.ts';
import type { EventInputRaw } from '../core/schemas.ts';
import { EVENT_KIND_IDS, type EventKind, type ParticipantRole } from '../core/taxonomy.ts';
import { createRng, type Rng } from './prng.ts';
import * as V from './vocabulary.ts';

/** "Today" for the generated diary and for the store's clock: a fixed day keeps reminders reproducible. */
export const BENCH_TODAY = '2026-06-15';
export const BENCH_NOW = new Date(`${BENCH_TODAY}T09:00:00.000Z`);
const YEARS = 30;
const PEOPLE = 800;

export interface GeneratedPerson { id: string; name: string; title: string | null; country: string | null }
export interface GeneratedFollowUp {
  id: string;
  title: string;
  due?: string;
  window?: { from: string; to: string };
  wording?: string;
  status: 'open' | 'done' | 'cancelled';
  snoozedUntil?: string;
  doneAt?: string;
}
export interface GeneratedEvent {
  id: string;
  lang: 'fr' | 'en';
  /** The event as a person types it: no ids, people by name. */
  input: Omit<EventInputRaw, 'followUps' | 'id'> & { people: { name: string; title?: string; country?: string; role: ParticipantRole }[] };
  /** The same people, by id, for the export form. */
  personIds: string[];
  followUps: GeneratedFollowUp[];
}
export interface Dataset { seed: number; today: string; people: GeneratedPerson[]; events: GeneratedEvent[] }

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** A UUID v7-shaped id from the seeded generator, time-ordered by `ms` like the store's own ids. */
function uuidAt(rng: Rng, ms: number): string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rng.next() * 16).toString(16)).join('');
  const time = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0').slice(-12);
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${hex(3)}-${'89ab'[rng.int(0, 3)]}${hex(3)}-${hex(12)}`;
}

/** Skewed towards the head of a list: a few people, places and topics come up again and again. */
function skewed<T>(rng: Rng, items: readonly T[]): T {
  const r = rng.next();
  return items[Math.floor(r * r * items.length)]!;
}

function makePeople(rng: Rng): GeneratedPerson[] {
  // The names the search set looks for come first, so they are among the most frequent participants.
  const fixed = [['Ismaël', 'Wagué'], ['Abdoulaye', 'Diop'], ['Hélène', 'Lefèvre'], ['Sergueï', 'Lavrov']];
  const seen = new Set(fixed.map((n) => n.join(' ')));
  const names = fixed.map((n) => n.join(' '));
  while (names.length < PEOPLE) {
    const name = `${rng.pick(V.FIRST_NAMES)} ${rng.pick(V.LAST_NAMES)}`;
    if (!seen.has(name)) { seen.add(name); names.push(name); }
  }
  return names.map((name, i) => ({
    id: uuidAt(rng, dayMs('2020-01-01') + i),
    name,
    title: rng.chance(0.6) ? rng.pick(V.PERSON_TITLES) : null,
    country: rng.chance(0.8) ? rng.pick(V.COUNTRIES) : null,
  }));
}

function fill(template: string, parts: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => parts[k] ?? k);
}

function sentences(rng: Rng, lang: 'fr' | 'en', min: number, max: number, rareRate: number): string {
  const out: string[] = [];
  for (let i = rng.int(min, max); i > 0; i--) out.push(rng.chance(rareRate) ? rng.pick(V.RARE_SENTENCES) : rng.pick(V.SUMMARY_SENTENCES[lang]));
  return out.join(' ');
}

function makeFollowUps(rng: Rng, lang: 'fr' | 'en', date: string): GeneratedFollowUp[] {
  const r = rng.next();
  const count = r < 0.45 ? 0 : r < 0.8 ? 1 : r < 0.95 ? 2 : 3;
  const today = dayMs(BENCH_TODAY);
  const out: GeneratedFollowUp[] = [];
  for (let i = 0; i < count; i++) {
    const from = dayMs(date) + rng.int(3, 120) * DAY_MS;
    const f: GeneratedFollowUp = { id: uuidAt(rng, from), title: rng.pick(V.FOLLOW_UP_TITLES[lang]), status: 'open' };
    let end = from;
    if (rng.chance(0.6)) f.due = isoDay(from);
    else {
      end = from + rng.int(14, 90) * DAY_MS;
      f.window = { from: isoDay(from), to: isoDay(end) };
      f.wording = rng.pick(V.WINDOW_WORDINGS[lang]);
    }
    // Long-past follow-ups were mostly dealt with; a few were forgotten and stay open.
    if (end < today - 30 * DAY_MS) {
      const s = rng.next();
      if (s < 0.85) { f.status = 'done'; f.doneAt = isoDay(Math.min(end, today)); }
      else if (s < 0.9) f.status = 'cancelled';
    } else if (rng.chance(0.05)) f.snoozedUntil = isoDay(today + rng.int(3, 20) * DAY_MS);
    out.push(f);
  }
  return out;
}

function makeEvent(rng: Rng, people: GeneratedPerson[]): GeneratedEvent {
  const today = dayMs(BENCH_TODAY);
  // 98.5 % in the past thirty years, the rest planned in the months ahead.
  const ms = rng.chance(0.985) ? today - rng.int(0, YEARS * 365) * DAY_MS : today + rng.int(1, 180) * DAY_MS;
  const date = isoDay(ms);
  const kind: EventKind = rng.pick(EVENT_KIND_IDS);
  const lang = rng.chance(0.6) ? 'fr' : 'en';
  const place = skewed(rng, V.PLACES);
  const countries = [...new Set([place.country, ...rng.sample(V.COUNTRIES, rng.int(0, 3))])];
  const organisations = rng.chance(0.45) ? rng.sample(V.ORGANISATIONS, rng.int(1, 2)) : [];
  const topics = [...rng.sample(V.TOPICS, rng.int(1, 3)), ...(rng.chance(0.01) ? [rng.pick(V.RARE_TOPICS)] : [])];
  const chosen = new Map<string, GeneratedPerson>();
  const wanted = rng.int(2, 8);
  while (chosen.size < wanted) { const p = skewed(rng, people); chosen.set(p.id, p); }
  const participants = [...chosen.values()];
  const roles: ParticipantRole[] = participants.map((_, i) => (i === 0 ? (rng.chance(0.5) ? 'host' : 'head_of_delegation') : rng.chance(0.05) ? 'mediator' : rng.chance(0.6) ? 'member' : 'participant'));
  const precisionRoll = rng.next();
  const title = fill(rng.pick(V.TITLE_TEMPLATES[kind]![lang]), {
    p: participants[0]!.name, place: place.name, c1: countries[0]!, c2: countries[1] ?? place.country,
    topic: topics[0]!, org: organisations[0] ?? (lang === 'fr' ? 'CEDEAO' : 'ECOWAS'),
  });
  const multiDay = (kind === 'summit' || kind === 'conference' || kind === 'visit' || kind === 'negotiation') && rng.chance(0.6);
  const input: GeneratedEvent['input'] = {
    title,
    kind,
    // Most events are dated to the day; some only to the month or year, as remembered.
    date: precisionRoll < 0.9 ? date : precisionRoll < 0.97 ? date.slice(0, 7) : date.slice(0, 4),
    ...(multiDay && precisionRoll < 0.9 ? { endDate: isoDay(ms + rng.int(1, 4) * DAY_MS) } : {}),
    place: { name: place.name, country: place.country },
    countries,
    organisations,
    people: participants.map((p, i) => ({
      name: p.name,
      role: roles[i]!,
      ...(p.title ? { title: p.title } : {}),
      ...(p.country ? { country: p.country } : {}),
    })),
    topics,
    summary: sentences(rng, lang, 2, 4, 0.004),
    sourceText: rng.chance(0.25) ? sentences(rng, lang, 6, 15, 0.004) : '',
    sources: rng.chance(0.35)
      ? [{ url: `https://news.example.org/${date.slice(0, 4)}/${rng.int(100000, 999999)}`, title: title.slice(0, 120), publisher: rng.pick(V.PUBLISHERS), accessed: date }]
      : [],
  };
  return { id: uuidAt(rng, ms), lang, input, personIds: participants.map((p) => p.id), followUps: makeFollowUps(rng, lang, date) };
}

/** The same `count` events for the same seed, whatever the machine. */
export function generateDataset(count: number, seed = 20260615): Dataset {
  const rng = createRng(seed);
  const people = makePeople(rng);
  const events = Array.from({ length: count }, () => makeEvent(rng, people));
  return { seed, today: BENCH_TODAY, people, events };
}

/** The input of `events.create`: follow-ups inline, all open, as a person logs them. */
export function toCreateInput(e: GeneratedEvent): EventInputRaw {
  return {
    ...e.input,
    followUps: e.followUps.map((f) => ({ title: f.title, ...(f.due ? { due: f.due } : {}), ...(f.window ? { window: f.window, wording: f.wording } : {}) })),
  };
}

/** The whole dataset as an export file for `data.import`: ids kept, follow-ups with their real statuses. */
export function toExportFile(d: Dataset, events = d.events): ExportFile {
  const stamp = `${BENCH_TODAY}T09:00:00.000Z`;
  return {
    format: 'chancery-export',
    version: 1,
    exportedAt: stamp,
    organisations: [],
    people: d.people,
    events: events.map((e) => ({
      event: { ...e.input, id: e.id, people: e.input.people.map((p, i) => ({ ...p, id: e.personIds[i]! })) },
      createdAt: stamp,
      updatedAt: stamp,
      followUps: e.followUps.map((f) => ({ ...f, createdAt: stamp, updatedAt: stamp })),
    })),
    history: [],
  };
}

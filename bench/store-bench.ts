/**
 * Store figures for one size, measured through the real API (`openStore` + `dispatch`) on a
 * real SQLite file: bulk import both ways, save one, get by id, a timeline page, the due
 * reminders, the 30 searches and the same 30 as LIKE scans, and the plans of the hot queries.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, type Store } from '../api/store.ts';
import { DB_FILE_NAME } from '../db/location.ts';
import { BENCH_NOW, BENCH_TODAY, type Dataset, generateDataset, toCreateInput, toExportFile } from './generate.ts';
import { createLikeSearch } from './like-baseline.ts';
import { planOf, type PlanReport } from './plans.ts';
import { createRng } from './prng.ts';
import { toFtsQuery } from '../core/search-query.ts';
import { SEARCH_QUERIES } from './search-queries.ts';
import { median, percentile, round, timeMs } from './stats.ts';

export interface StoreFigures {
  events: number;
  importPerSec: number;
  dataImportPerSec: number;
  saveP50Ms: number;
  saveP95Ms: number;
  getByIdPerSec: number;
  timelinePageMs: number;
  timelinePageMaxMs: number;
  timelinePages: { offset: number; ms: number }[];
  dueMs: number;
  dueTimelineMs: number;
  /** The 30 searches right after the bulk import, before the store's upkeep merged the index. */
  searchBeforeUpkeepP50Ms: number;
  searchBeforeUpkeepP95Ms: number;
  /** How long that upkeep (merging the index, checkpointing) took once the store was left quiet. */
  upkeepAfterImportMs: number;
  searchP50Ms: number;
  searchP95Ms: number;
  likeP95Ms: number;
  searchSpeedup: number;
  /** `search.facets`, the dialog's second call once the results show; not in the search figures. */
  searchFacetsP50Ms: number;
  searchFacetsP95Ms: number;
  /**
   * `hits` is what the search answers (`total`, at most the 1,000 it ranks; `capped` when more
   * matched); `matches` every event the index matches, counted outside the clock.
   */
  searches: { query: string; what: string; ms: number; facetsMs: number; likeMs: number; hits: number; capped: boolean; matches: number; likeHits: number }[];
  fileMB: number;
  plans: Record<'timelinePage' | 'reminders' | 'getById' | 'search' | 'searchFacets', PlanReport>;
}

export const BATCH = 5_000;

function call<T>(store: Store, method: string, input: unknown): T {
  const envelope = store.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.message} ${JSON.stringify(envelope.error.issues.slice(0, 3))}`);
  return envelope.result as T;
}

function open(dir: string): Store {
  return openStore({ file: join(dir, DB_FILE_NAME), now: () => BENCH_NOW });
}

/** Imports with `events.createMany` in batches, the way typed events arrive; returns events per second. */
function importByCreateMany(dir: string, data: Dataset): number {
  const store = open(dir);
  const inputs = data.events.map(toCreateInput);
  try {
    // Closing is timed too: it checkpoints the log the batches left, work autocheckpoint used to do inside them.
    const ms = timeMs(() => {
      for (let i = 0; i < inputs.length; i += BATCH) call(store, 'events.createMany', { events: inputs.slice(i, i + BATCH) });
      store.close();
    });
    return data.events.length / (ms / 1000);
  } finally {
    store.close();
  }
}

/** Imports the export form with `data.import` in batches (ids and follow-up statuses kept). */
function importByDataImport(store: Store, data: Dataset): number {
  const files: ReturnType<typeof toExportFile>[] = [];
  for (let i = 0; i < data.events.length; i += BATCH) files.push(toExportFile(data, data.events.slice(i, i + BATCH)));
  const ms = timeMs(() => {
    for (const file of files) call(store, 'data.import', file);
  });
  return data.events.length / (ms / 1000);
}

export interface StoreBenchOptions {
  /** The folder the measured store stays in (the UI run opens it afterwards). */
  dir: string;
  data: Dataset;
  log: (line: string) => void;
  /** Fewer repetitions for the smoke test. */
  quick?: boolean;
}

export async function benchStore({ dir, data, log, quick = false }: StoreBenchOptions): Promise<StoreFigures> {
  const n = data.events.length;
  const rng = createRng(n);

  log(`  import ${n} events with events.createMany (batches of ${BATCH})…`);
  const scratch = `${dir}-createMany`;
  const importPerSec = importByCreateMany(scratch, data);
  rmSync(scratch, { recursive: true, force: true });

  log(`  import ${n} events with data.import (batches of ${BATCH})…`);
  const store = open(dir);
  try {
    const dataImportPerSec = importByDataImport(store, data);

    // Right after a bulk import the index is as the batches left it: many segments, merged by the
    // store's quiet-time upkeep (db/upkeep.ts). The searches are timed both before and after it;
    // the target is read after, the state a store is in whenever nobody has just imported.
    log('  30 searches right after the import, then the upkeep it leaves…');
    const freshSearchMs = SEARCH_QUERIES.map(({ query }) => median(Array.from({ length: 3 }, () => timeMs(() => call(store, 'search', { query, limit: 50 })))));
    const upkeepStarted = performance.now();
    await store.settled();
    const upkeepAfterImportMs = performance.now() - upkeepStarted;

    log('  get by id, timeline pages, reminders…');
    const ids = Array.from({ length: quick ? 200 : 5_000 }, () => rng.pick(data.events).id);
    const getMs = timeMs(() => { for (const id of ids) call(store, 'events.get', { id }); });
    const getByIdPerSec = ids.length / (getMs / 1000);

    const offsets = [...new Set([0, Math.floor(n / 4), Math.floor(n / 2), Math.floor((3 * n) / 4), Math.max(0, n - 200)])];
    const timelinePages = offsets.map((offset) => {
      const runs = Array.from({ length: 5 }, () => timeMs(() => call(store, 'events.list', { limit: 200, offset })));
      return { offset, ms: round(median(runs), 3) };
    });
    const pageTimes = timelinePages.map((p) => p.ms);

    const dueRuns = (input: { withinDays: number; limit?: number }) => median(Array.from({ length: quick ? 3 : 10 }, () => timeMs(() => call(store, 'reminders.due', { at: BENCH_TODAY, ...input }))));
    const dueMs = dueRuns({ withinDays: 7 });
    // What the timeline's today marker asks: five per bucket and the counts (renderer/src/timeline/Timeline.tsx).
    const dueTimelineMs = dueRuns({ withinDays: 90, limit: 5 });

    log('  30 searches through the API, then as LIKE scans…');
    const like = createLikeSearch(store.ctx.db);
    const countMatches = store.ctx.db.prepare('SELECT count(*) FROM events_fts WHERE events_fts MATCH ?').pluck();
    const searches = SEARCH_QUERIES.map(({ query, what }) => {
      let found = { total: 0, totalCapped: false };
      // The median of three runs for the index; the faster of two for LIKE, so the ratio never flatters us.
      // The search is what the dialog waits for before results show; the facets it asks for next are timed apart.
      const ms = median(Array.from({ length: 3 }, () => timeMs(() => { found = call<typeof found>(store, 'search', { query, limit: 50 }); })));
      const facetsMs = median(Array.from({ length: 3 }, () => timeMs(() => call(store, 'search.facets', { query }))));
      const fts = toFtsQuery(query);
      const matches = fts === null ? 0 : (countMatches.get(fts) as number);
      let likeHits = 0;
      const likeMs = Math.min(...Array.from({ length: quick ? 1 : 2 }, () => timeMs(() => { likeHits = like(query).length; })));
      return { query, what, ms: round(ms, 3), facetsMs: round(facetsMs, 3), likeMs: round(likeMs, 3), hits: found.total, capped: found.totalCapped, matches, likeHits };
    });
    const searchP95Ms = percentile(searches.map((s) => s.ms), 95);
    const likeP95Ms = percentile(searches.map((s) => s.likeMs), 95);

    log('  query plans…');
    const sampleId = data.events[Math.floor(n / 2)]!.id;
    const plans = {
      timelinePage: planOf(store, 'events.list', { limit: 200, offset: Math.floor(n / 2) }, { orderFromIndex: true }),
      reminders: planOf(store, 'reminders.due', { at: BENCH_TODAY, withinDays: 7 }),
      getById: planOf(store, 'events.get', { id: sampleId }),
      search: planOf(store, 'search', { query: 'Bamako', limit: 50 }),
      searchFacets: planOf(store, 'search.facets', { query: 'Bamako' }),
    };

    log('  save one event (events.create), one at a time…');
    const fresh = generateDataset(quick ? 40 : 320, data.seed + 1).events.map(toCreateInput);
    const saves = fresh.map((input) => timeMs(() => call(store, 'events.create', input))).slice(quick ? 5 : 20);

    const fileMB = (store.ctx.db.prepare('SELECT page_count * page_size AS b FROM pragma_page_count(), pragma_page_size()').get() as { b: number }).b / 1048576;
    return {
      events: n,
      importPerSec: Math.round(importPerSec),
      dataImportPerSec: Math.round(dataImportPerSec),
      saveP50Ms: round(percentile(saves, 50), 3),
      saveP95Ms: round(percentile(saves, 95), 3),
      getByIdPerSec: Math.round(getByIdPerSec),
      timelinePageMs: round(median(pageTimes), 3),
      timelinePageMaxMs: round(Math.max(...pageTimes), 3),
      timelinePages,
      dueMs: round(dueMs, 3),
      dueTimelineMs: round(dueTimelineMs, 3),
      searchBeforeUpkeepP50Ms: round(percentile(freshSearchMs, 50), 3),
      searchBeforeUpkeepP95Ms: round(percentile(freshSearchMs, 95), 3),
      upkeepAfterImportMs: Math.round(upkeepAfterImportMs),
      searchP50Ms: round(percentile(searches.map((s) => s.ms), 50), 3),
      searchP95Ms: round(searchP95Ms, 3),
      likeP95Ms: round(likeP95Ms, 3),
      searchSpeedup: round(likeP95Ms / searchP95Ms, 1),
      searchFacetsP50Ms: round(percentile(searches.map((s) => s.facetsMs), 50), 3),
      searchFacetsP95Ms: round(percentile(searches.map((s) => s.facetsMs), 95), 3),
      searches,
      fileMB: round(fileMB, 1),
      plans,
    };
  } finally {
    store.close();
  }
}

import { useCallback, useRef, useState } from 'react';
import type { EventSummary } from '../../../core/records.ts';
import type { EventFilters } from '../../../core/schemas.ts';
import { PAGE_SIZE } from '../../../core/first-screen.ts';
import { api } from '../api.ts';

/** Pages kept in memory; scrolling through 100k events never holds more than this many rows. */
const MAX_PAGES = 40;

/**
 * Events already known by index before any page is asked for: the page the timeline fetched
 * beside the density (the events just before today, or the last ones), placed once the density
 * told where they sit.
 */
export interface Seed {
  key: string;
  start: number;
  items: EventSummary[];
}

/**
 * Events by index in date order, fetched a page at a time as they scroll into view and kept
 * in a small cache; everything resets when the filters or the data change.
 */
export function usePagedEvents(filters: EventFilters, key: string, seed: Seed | null) {
  const cache = useRef(new Map<number, EventSummary[]>());
  const pending = useRef(new Set<number>());
  const seeded = useRef(new Map<number, EventSummary>());
  const seededFrom = useRef<Seed | null>(null);
  const generation = useRef(0);
  const cacheKey = useRef(key);
  const [, setTick] = useState(0);

  // Reset and seed during render, not in an effect: the first frame after the density arrives
  // already draws the seeded rows instead of skeletons.
  if (cacheKey.current !== key) {
    cacheKey.current = key;
    generation.current++;
    cache.current = new Map();
    pending.current = new Set();
    seeded.current = new Map();
    seededFrom.current = null;
  }
  if (seed && seed.key === key && seededFrom.current !== seed) {
    seededFrom.current = seed;
    seed.items.forEach((item, i) => seeded.current.set(seed.start + i, item));
  }

  const filtersRef = useRef(filters);
  filtersRef.current = filters;

  const has = useCallback((index: number) => seeded.current.has(index) || cache.current.has(Math.floor(index / PAGE_SIZE)), []);

  const ensure = useCallback((first: number, last: number) => {
    if (last < first) return;
    for (let page = Math.max(0, Math.floor(first / PAGE_SIZE)); page <= Math.floor(last / PAGE_SIZE); page++) {
      if (cache.current.has(page) || pending.current.has(page)) continue;
      // A page whose wanted rows the seed already holds is not worth a request yet.
      let missing = false;
      for (let i = Math.max(first, page * PAGE_SIZE); i <= Math.min(last, page * PAGE_SIZE + PAGE_SIZE - 1) && !missing; i++) missing = !seeded.current.has(i);
      if (!missing) continue;
      pending.current.add(page);
      const gen = generation.current;
      api
        .invoke('events.list', { filters: filtersRef.current, offset: page * PAGE_SIZE, limit: PAGE_SIZE, order: 'asc', withTotal: false })
        .then(
          (result) => {
            if (gen !== generation.current) return;
            pending.current.delete(page);
            cache.current.set(page, result.items);
            if (cache.current.size > MAX_PAGES) {
              const oldest = cache.current.keys().next().value;
              if (oldest !== undefined && oldest !== page) cache.current.delete(oldest);
            }
            setTick((t) => t + 1);
          },
          () => {
            if (gen === generation.current) pending.current.delete(page);
          },
        );
    }
  }, []);

  const get = useCallback(
    (index: number): EventSummary | undefined => cache.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE] ?? seeded.current.get(index),
    [],
  );

  return { ensure, get, has };
}

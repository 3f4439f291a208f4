import { useCallback, useEffect, useRef, useState } from 'react';
import type { EventSummary } from '../../../core/records.ts';
import type { EventFilters } from '../../../core/schemas.ts';
import { api } from '../api.ts';

export const PAGE_SIZE = 100;
/** Pages kept in memory; scrolling through 100k events never holds more than this many rows. */
const MAX_PAGES = 40;

/**
 * Events by index in date order, fetched a page at a time as they scroll into view and kept
 * in a small cache; everything resets when the filters or the data change.
 */
export function usePagedEvents(filters: EventFilters, key: string) {
  const cache = useRef(new Map<number, EventSummary[]>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);
  const [, setTick] = useState(0);

  useEffect(() => {
    generation.current++;
    cache.current = new Map();
    pending.current = new Set();
    setTick((t) => t + 1);
  }, [key]);

  const filtersRef = useRef(filters);
  filtersRef.current = filters;

  const ensure = useCallback((first: number, last: number) => {
    if (last < first) return;
    for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) {
      if (cache.current.has(page) || pending.current.has(page)) continue;
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

  const get = useCallback((index: number): EventSummary | undefined => cache.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], []);

  return { ensure, get };
}

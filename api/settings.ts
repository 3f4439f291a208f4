import { sql } from '../db/context.ts';
import { LATEST_VERSION } from '../db/migrations/index.ts';
import { getSettings, updateSettings } from '../db/settings.ts';
import { search, searchFacets } from '../db/search.ts';
import type { HandlerMap } from './types.ts';

export const storeHandlers: HandlerMap<'settings.get' | 'settings.update' | 'store.info' | 'search' | 'search.facets'> = {
  search: (input, { ctx }) => search(ctx, input),
  'search.facets': (input, { ctx }) => searchFacets(ctx, input),
  'settings.get': (_input, { ctx }) => getSettings(ctx),
  'settings.update': (input, { ctx }) => updateSettings(ctx, input),
  'store.info': (_input, { ctx, file }) => {
    const count = (table: 'events' | 'follow_ups' | 'people' | 'organisations') => sql<{ n: number }>(ctx.db, `SELECT count(*) AS n FROM ${table}`).get()!.n;
    return {
      path: file,
      schemaVersion: LATEST_VERSION,
      sqliteVersion: sql<{ v: string }>(ctx.db, 'SELECT sqlite_version() AS v').get()!.v,
      events: count('events'),
      followUps: count('follow_ups'),
      people: count('people'),
      organisations: count('organisations'),
    };
  },
};

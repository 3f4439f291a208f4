import { ApiError } from '../core/errors.ts';
import type { PersonProfile } from '../core/records.ts';
import type { Ctx } from '../db/context.ts';
import { record } from '../db/history.ts';
import { addAlias, aliasesOf, eventSeqsOf, mergePeople, profileOf, removeAlias, requirePerson, setTitles, titlesOf } from '../db/person-details.ts';
import { indexEvent } from '../db/search.ts';
import type { HandlerMap } from './types.ts';

/** What a person's history entry keeps: the record with its spellings and titles, not their events. */
function snapshot(ctx: Ctx, id: string, field = 'id') {
  return { ...requirePerson(ctx, id, field), aliases: aliasesOf(ctx, id), titles: titlesOf(ctx, id) };
}

/** Aliases are in the search text of every event the person is in, so each change re-indexes them. */
function reindexPerson(ctx: Ctx, id: string): void {
  for (const seq of eventSeqsOf(ctx, id)) indexEvent(ctx, seq);
}

function change(ctx: Ctx, id: string, edit: () => void): PersonProfile {
  const before = snapshot(ctx, id);
  edit();
  reindexPerson(ctx, id);
  record(ctx, 'person', id, 'update', before, snapshot(ctx, id));
  return profileOf(ctx, id);
}

export const personHandlers: HandlerMap<'people.get' | 'people.addAlias' | 'people.removeAlias' | 'people.setTitles' | 'people.merge'> = {
  'people.get': (input, { ctx }) => profileOf(ctx, input.id),
  'people.addAlias': ({ id, alias }, { ctx }) =>
    change(ctx, id, () => {
      if (!addAlias(ctx, id, alias)) throw ApiError.invalid('alias', `${alias} is already a name of this person (accents and case aside)`);
    }),
  'people.removeAlias': ({ id, alias }, { ctx }) =>
    change(ctx, id, () => {
      if (!removeAlias(ctx, id, alias)) throw ApiError.invalid('alias', `${alias} is not an alias of this person`);
    }),
  'people.setTitles': ({ id, titles }, { ctx }) =>
    change(ctx, id, () => setTitles(ctx, id, titles.map((t) => ({ title: t.title, from: t.from ?? null, to: t.to ?? null })))),
  'people.merge': ({ keep, merge }, { ctx }) => {
    const before = snapshot(ctx, keep, 'keep');
    const merged = snapshot(ctx, merge, 'merge');
    // Merge's events are keep's afterwards: gather them first to re-index them all.
    const seqs = new Set([...eventSeqsOf(ctx, keep), ...eventSeqsOf(ctx, merge)]);
    mergePeople(ctx, keep, merge);
    for (const seq of seqs) indexEvent(ctx, seq);
    record(ctx, 'person', keep, 'update', before, { ...snapshot(ctx, keep), mergedFrom: merged });
    record(ctx, 'person', merge, 'delete', merged, { mergedInto: keep });
    return profileOf(ctx, keep);
  },
};

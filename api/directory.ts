import { findCountries } from '../core/countries.ts';
import { findOrganisations, insertOrganisation, requireOrganisation, updateOrganisation } from '../db/organisations.ts';
import { findPeople, getPerson, updatePerson } from '../db/people.ts';
import { findPlaces } from '../db/places.ts';
import { findTopics } from '../db/topics.ts';
import { record } from '../db/history.ts';
import { reindexEventsOf } from './reindex.ts';
import type { HandlerMap } from './types.ts';

export const directoryHandlers: HandlerMap<
  'directory.people' | 'directory.places' | 'directory.countries' | 'directory.organisations' | 'directory.topics' | 'organisations.create' | 'organisations.update' | 'people.update'
> = {
  'directory.people': (q, { ctx }) => findPeople(ctx, q.query, q.limit),
  'directory.places': (q, { ctx }) => findPlaces(ctx, q.query, q.limit),
  'directory.countries': (q) => findCountries(q.query, q.limit),
  'directory.organisations': (q, { ctx }) => findOrganisations(ctx, q.query, q.limit),
  'directory.topics': (q, { ctx }) => findTopics(ctx, q.query, q.limit),
  'organisations.create': (input, { ctx }) => {
    const created = insertOrganisation(ctx, input);
    record(ctx, 'organisation', created.id, 'create', null, created);
    return created;
  },
  'organisations.update': ({ id, ...patch }, { ctx }) => {
    const before = requireOrganisation(ctx, id);
    const after = updateOrganisation(ctx, id, Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)));
    reindexEventsOf(ctx, 'SELECT event_seq AS seq FROM event_organisations WHERE organisation_id = ?', id);
    record(ctx, 'organisation', id, 'update', before, after);
    return after;
  },
  'people.update': ({ id, ...patch }, { ctx }) => {
    const before = getPerson(ctx, id);
    const after = updatePerson(ctx, id, patch);
    reindexEventsOf(ctx, 'SELECT event_seq AS seq FROM participants WHERE person_id = ?', id);
    record(ctx, 'person', id, 'update', before, after);
    return after;
  },
};

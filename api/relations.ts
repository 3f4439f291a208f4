import { countryName } from '../core/countries.ts';
import { calendarDateOf } from '../core/dates.ts';
import { ApiError } from '../core/errors.ts';
import { type Bilateral, countByKind, daysSinceLast, deliveryRate, longestGapDays, outcomeOf, perQuarter, type Side, type SideRef, sideOf, tally, TIMELINE_LIMIT } from '../core/relations.ts';
import type { Ctx } from '../db/context.ts';
import { getOrganisation } from '../db/organisations.ts';
import { sharedEvents, sharedFollowUps, sharedParticipants, sharedTimeline } from '../db/relations.ts';
import type { HandlerMap } from './types.ts';

function describeSide(ctx: Ctx, s: SideRef, field: 'a' | 'b'): Side {
  if (s.kind === 'country') return { kind: 'country', code: s.code, en: countryName(s.code, 'en'), fr: countryName(s.code, 'fr') };
  const organisation = getOrganisation(ctx, s.id);
  if (!organisation) throw new ApiError('not_found', `organisation ${s.id} does not exist`, [{ field, problem: `no organisation with id ${s.id}` }]);
  return { kind: 'organisation', organisation };
}

export function bilateral(ctx: Ctx, a: SideRef, b: SideRef, at: string): Bilateral {
  const sideA = describeSide(ctx, a, 'a');
  const sideB = describeSide(ctx, b, 'b');
  const events = sharedEvents(ctx, a, b);
  const dates = events.map((e) => e.date);
  const followUpItems = sharedFollowUps(ctx, a, b).map((f) => ({ ...f, outcome: outcomeOf(f, at) }));
  const followUps = tally(followUpItems.map((f) => f.outcome));
  const people: Bilateral['people'] = { a: [], b: [] };
  for (const { events: n, ...person } of sharedParticipants(ctx, a, b)) {
    const side = sideOf(person, a, b);
    if (side) people[side].push({ person, events: n });
  }
  const hostIs = (s: SideRef, country: string | null) => s.kind === 'country' && country === s.code;
  return {
    a: sideA,
    b: sideB,
    at,
    events: events.length,
    byKind: countByKind(events.map((e) => e.kind)),
    hostedIn: {
      a: events.filter((e) => hostIs(a, e.placeCountry)).length,
      b: events.filter((e) => hostIs(b, e.placeCountry)).length,
      elsewhere: events.filter((e) => !hostIs(a, e.placeCountry) && !hostIs(b, e.placeCountry)).length,
    },
    perQuarter: perQuarter(dates, at),
    longestGapDays: longestGapDays(dates),
    daysSinceLast: daysSinceLast(dates, at),
    followUps,
    deliveryRate: deliveryRate(followUps),
    followUpItems,
    people,
    timeline: sharedTimeline(ctx, a, b, TIMELINE_LIMIT),
  };
}

export const relationHandlers: HandlerMap<'relations.bilateral'> = {
  'relations.bilateral': (input, { ctx }) => bilateral(ctx, input.a, input.b, input.at ?? calendarDateOf(ctx.now())),
};

/**
 * Valid event inputs to start from, drawn from the project's worked example: the Mali–Russia
 * meeting of 23 June 2025 in Moscow and the consultations promised in Bamako.
 */
import type { Input } from '../../core/contract.ts';

type EventInput = Input<'events.create'>;

export const FOLLOW_UP_WORDING = 'dans les prochaines semaines';

export function maliRussiaMeeting(overrides: Partial<EventInput> = {}): EventInput {
  return {
    title: 'Entretien Mali–Russie à Moscou',
    kind: 'meeting',
    date: '2025-06-23',
    place: { name: 'Moscou', country: 'RU' },
    countries: ['ML', 'RU'],
    organisations: ['CES'],
    people: [
      { name: 'Abdoulaye Diop', title: 'Ministre des Affaires étrangères du Mali', country: 'ML', role: 'head_of_delegation' },
      { name: 'Ismaël Wagué', title: 'Ministre de la Réconciliation', country: 'ML', role: 'member' },
      { name: 'Mikhaïl Bogdanov', title: 'Vice-ministre des Affaires étrangères de Russie', country: 'RU', role: 'host' },
    ],
    topics: ['coopération bilatérale', 'sécurité au Sahel', 'souveraineté du Mali'],
    summary: 'La Russie réaffirme son soutien à la souveraineté du Mali et à la transition conduite par le général Assimi Goïta.',
    sources: [{ url: 'https://example.org/mali-russie', title: 'Le Mali et la Russie renforcent leur coopération', publisher: 'Exemple' }],
    followUps: [{ title: 'Consultations politiques à Bamako', wording: FOLLOW_UP_WORDING, place: { name: 'Bamako', country: 'ML' } }],
    ...overrides,
  };
}

/** A plain event with only what is required, for timeline and ranking tests. */
export function plainEvent(title: string, date: string, overrides: Partial<EventInput> = {}): EventInput {
  return { title, date, ...overrides };
}

import type { ApiClient } from '../../core/contract.ts';
import type { Event } from '../../core/records.ts';

export const MEETING_TITLE = 'Rencontre Mali–Russie à Moscou';

/** The project's sample story (23 June 2025, Moscow), logged through the API as a user would through the form. */
export function createMeeting(api: ApiClient): Promise<Event> {
  return api.invoke('events.create', {
    title: MEETING_TITLE,
    kind: 'meeting',
    date: '2025-06-23',
    place: { name: 'Moscou', country: 'RU' },
    countries: ['ML', 'RU'],
    organisations: ['CES'],
    people: [
      { name: 'Abdoulaye Diop', title: 'Ministre des Affaires étrangères', country: 'ML', role: 'head_of_delegation' },
      { name: 'Ismaël Wagué', title: 'Ministre de la Réconciliation', country: 'ML', role: 'member' },
      { name: 'Mikhaïl Bogdanov', title: 'Vice-ministre des Affaires étrangères', country: 'RU', role: 'host' },
    ],
    topics: ['sécurité régionale', 'souveraineté du Mali', 'lutte contre le terrorisme', 'Sahel'],
    summary:
      'Les délégations du Mali et de la Russie ont **réaffirmé** leur attachement à la souveraineté du Mali, ' +
      'à son intégrité territoriale et à son unité nationale.\n\nLutte contre le terrorisme au Sahel, stabilisation du Nord.',
    followUps: [
      {
        title: 'Consultations politiques bilatérales à Bamako',
        window: { from: '2025-06-24', to: '2025-08-04' },
        wording: 'dans les prochaines semaines',
        place: { name: 'Bamako', country: 'ML' },
      },
    ],
  });
}

/** A few months of plausible neighbours, so screenshots look like a desk in use. */
export async function createBackdrop(api: ApiClient): Promise<void> {
  await api.invoke('events.createMany', {
    events: [
      { title: 'Sommet de la Confédération des États du Sahel', kind: 'summit', date: '2025-07-06', endDate: '2025-07-07', place: { name: 'Niamey', country: 'NE' }, countries: ['ML', 'BF', 'NE'], organisations: ['CES'], topics: ['Sahel', 'sécurité régionale'] },
      { title: 'Entretien téléphonique avec le ministre sénégalais', kind: 'phone_call', date: '2025-06-12', countries: ['ML', 'SN'], people: [{ name: 'Yassine Fall', title: 'Ministre de l’Intégration africaine et des Affaires étrangères', country: 'SN', role: 'participant' }] },
      { title: 'Session extraordinaire de la CEDEAO', kind: 'conference', date: '2025-05-22', place: { name: 'Abuja', country: 'NG' }, countries: ['NG', 'SN', 'CI', 'GH'], organisations: ['CEDEAO'] },
      { title: 'Accord de coopération énergétique', kind: 'agreement_signed', date: '2025-05', countries: ['ML', 'RU'], topics: ['énergie'] },
      { title: 'Visite du ministre des Affaires étrangères à Alger', kind: 'visit', date: '2025-04-14', endDate: '2025-04-16', place: { name: 'Alger', country: 'DZ' }, countries: ['ML', 'DZ'] },
      { title: 'Déclaration conjointe sur la stabilisation du Nord', kind: 'joint_statement', date: '2025-03-28', countries: ['ML', 'BF', 'NE'], organisations: ['CES'] },
      { title: 'Présentation des lettres de créance de l’ambassadeur de Turquie', kind: 'credentials', date: '2025-03-10', place: { name: 'Bamako', country: 'ML' }, countries: ['ML', 'TR'] },
      { title: 'Consultations politiques à Ouagadougou', kind: 'consultation', date: '2025-02-19', place: { name: 'Ouagadougou', country: 'BF' }, countries: ['ML', 'BF'] },
      { title: 'Conférence sur la sécurité au Sahel', kind: 'conference', date: '2025-01-30', endDate: '2025-01-31', place: { name: 'Rome', country: 'IT' }, countries: ['IT', 'ML', 'NE', 'TD'], organisations: ['UA', 'UE'] },
      { title: 'Cycle de négociations commerciales', kind: 'negotiation', date: '2025-09-15', countries: ['ML', 'CN'] },
    ],
  });
}

/**
 * The example a newcomer loads with `chancery sample`: the Mali–Russia meeting of 23 June 2025
 * in Moscow and the consultations promised for Bamako. It is Chancery's own record of the
 * article's facts, kept in code so the app never reads anything outside itself at run time.
 */
import type { EventInputRaw } from './schemas.ts';

export const SAMPLE_SOURCE_TEXT = `À Moscou, le Mali et la Russie ont consolidé leurs relations bilatérales à l’occasion d’une rencontre diplomatique de haut niveau. Les discussions ont porté sur la sécurité régionale, la souveraineté du Mali et les perspectives d’un partenariat durable.

Renforcement des liens diplomatiques entre Bamako et Moscou

Le 23 juin 2025, une réunion stratégique s’est tenue à Moscou entre les délégations officielles du Mali et de la Russie, en marge de la visite du Président de la Transition, le Général Assimi Goïta. Cet échange diplomatique a été marqué par une volonté mutuelle d’approfondir les liens historiques et politiques entre les deux pays.

Dirigée par Abdoulaye Diop, ministre malien des Affaires étrangères, et Ismaël Wagué, ministre de la Réconciliation, la délégation malienne a rencontré Mikhaïl Bogdanov, vice-ministre russe des Affaires étrangères et représentant spécial du Président Vladimir Poutine pour le Moyen-Orient et l’Afrique.

Un dialogue fondé sur la confiance

Les deux parties ont mis en avant la solidité de leur coopération, bâtie sur des principes de confiance réciproque, de respect mutuel et d’un dialogue politique constant. Cette relation est considérée comme un pilier stratégique dans le cadre de la diplomatie africaine menée par le Mali.

Enjeux sécuritaires au cœur des échanges

La réunion a principalement porté sur des enjeux régionaux cruciaux, en particulier :
- La lutte contre le terrorisme dans le Sahel
- La stabilisation de la région Nord du Mali
- La relance du dialogue inter-malien pour la paix
- Le rôle croissant de la Confédération des États du Sahel (CES)
- Les dynamiques diplomatiques avec les pays voisins

Soutien à la souveraineté et à l’unité nationale

Les deux délégations ont unanimement réaffirmé leur attachement au respect de la souveraineté du Mali, à son intégrité territoriale et à son unité nationale. Un engagement clair a été pris pour maintenir ce soutien dans les relations bilatérales comme sur la scène internationale.

Prochaine étape : des consultations politiques à Bamako

Afin de traduire cette volonté commune en actions concrètes, une nouvelle session de consultations politiques bilatérales est prévue à Bamako dans les prochaines semaines. Cet événement devrait permettre de consolider les acquis et d’explorer de nouvelles pistes de coopération stratégique entre les deux pays.`;

export const SAMPLE_EVENT: EventInputRaw = {
  title: 'Réunion Mali–Russie à Moscou',
  kind: 'meeting',
  date: '2025-06-23',
  precision: 'day',
  place: { name: 'Moscou', country: 'RU' },
  countries: ['ML', 'RU'],
  organisations: ['CES'],
  people: [
    { name: 'Abdoulaye Diop', title: 'ministre malien des Affaires étrangères', country: 'ML', role: 'head_of_delegation' },
    { name: 'Ismaël Wagué', title: 'ministre malien de la Réconciliation', country: 'ML', role: 'head_of_delegation' },
    {
      name: 'Mikhaïl Bogdanov',
      title: 'vice-ministre russe des Affaires étrangères et représentant spécial du Président Vladimir Poutine pour le Moyen-Orient et l’Afrique',
      country: 'RU',
      role: 'host',
    },
  ],
  topics: [
    'lutte contre le terrorisme au Sahel',
    'stabilisation du Nord du Mali',
    'dialogue inter-malien',
    'Confédération des États du Sahel',
    'souveraineté du Mali',
    'coopération bilatérale',
  ],
  summary: [
    'Réunion des délégations du Mali et de la Russie à Moscou, en marge de la visite du Président de la Transition, le Général Assimi Goïta.',
    '',
    '- Délégation malienne conduite par **Abdoulaye Diop** (Affaires étrangères) et **Ismaël Wagué** (Réconciliation), reçue par **Mikhaïl Bogdanov**, vice-ministre russe des Affaires étrangères.',
    '- Sujets : lutte contre le terrorisme au Sahel, stabilisation du Nord du Mali, relance du dialogue inter-malien, rôle de la Confédération des États du Sahel (CES), relations avec les pays voisins.',
    '- Les deux délégations ont réaffirmé leur soutien à la souveraineté du Mali, à son intégrité territoriale et à son unité nationale.',
    '- Prochaine étape : consultations politiques bilatérales à Bamako « dans les prochaines semaines ».',
  ].join('\n'),
  sourceText: SAMPLE_SOURCE_TEXT,
  followUps: [
    {
      title: 'Consultations politiques bilatérales à Bamako',
      // "Dans les prochaines semaines" read as the six weeks after the meeting.
      window: { from: '2025-06-24', to: '2025-08-04' },
      wording: 'dans les prochaines semaines',
      place: { name: 'Bamako', country: 'ML' },
    },
  ],
};

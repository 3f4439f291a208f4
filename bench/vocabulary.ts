/**
 * The words the synthetic diary is written with: people, places, countries, organisations,
 * topics and sentence templates in French and English, accents included, because search
 * must fold "Wagué" and "wague" alike and the benchmark must exercise exactly that.
 */

export const FIRST_NAMES = [
  'Ismaël', 'Abdoulaye', 'Hélène', 'Sergueï', 'Aïssata', 'Moussa', 'François', 'Fatoumata', 'Jérôme', 'Amadou',
  'Chloé', 'Oumar', 'Mariam', 'Léon', 'Bintou', 'Zoé', 'Karim', 'Anaïs', 'Boubacar', 'Élodie',
  'Ibrahim', 'Geneviève', 'Souleymane', 'Noël', 'Adama', 'Cécile', 'Mahamadou', 'Thérèse', 'Youssouf', 'Loïc',
  'Djénéba', 'Émile', 'Seydou', 'Inès', 'Tiémoko', 'Agnès', 'Hamidou', 'Béatrice', 'Assimi', 'René',
  'John', 'Sarah', 'Michael', 'Emily', 'David', 'Catherine', 'Robert', 'Olivia', 'James', 'Margaret',
];

export const LAST_NAMES = [
  'Wagué', 'Diop', 'Lefèvre', 'Lavrov', 'Traoré', 'Koné', 'Désiré', 'Maïga', 'Coulibaly', 'Sangaré',
  'Ndiaye', 'Ouédraogo', 'Kaboré', 'Béranger', 'Tchiani', 'Goïta', 'Zéphir', 'Doumbia', 'Tounkara', 'Mérieux',
  'Sidibé', 'Bâ', 'Kéïta', 'Dembélé', 'Çelik', 'Bagoré', 'Niang', 'Fofana', 'Gaël', 'Rochefort',
  'Smith', 'Johnson', 'Williams', 'Brown', 'Taylor', 'Wilson', 'Clarke', 'Harrison', 'Fitzgerald', 'Sørensen',
];

export const PERSON_TITLES = [
  'Ministre des Affaires étrangères', 'Ambassadeur', 'Chef de cabinet', 'Conseiller spécial', 'Secrétaire général',
  'Directeur Afrique', 'Premier ministre', 'Président de la Transition', 'Foreign Minister', 'Ambassador',
  'Special Envoy', 'Deputy Minister', 'Chargé d’affaires', 'Représentant permanent', 'Haut représentant',
];

/** Country codes weighted by how often they appear: the Sahel desk's own region first. */
export const COUNTRIES = [
  'ML', 'ML', 'ML', 'BF', 'BF', 'NE', 'NE', 'FR', 'FR', 'RU', 'RU', 'SN', 'CI', 'DZ', 'MA', 'US', 'CN', 'TR',
  'GN', 'MR', 'TD', 'NG', 'GH', 'TG', 'BJ', 'CM', 'QA', 'AE', 'SA', 'DE', 'BE', 'CH', 'IT', 'ES', 'GB', 'CA',
  'BR', 'IN', 'JP', 'EG', 'ET', 'KE', 'ZA', 'IR', 'UA', 'CD', 'GA', 'CG', 'TN', 'LY', 'SD',
];

/** Referred to by acronym, in either language, as people write them. */
export const ORGANISATIONS = ['CES', 'AES', 'CEDEAO', 'ECOWAS', 'UA', 'AU', 'ONU', 'UN', 'UE', 'EU', 'UEMOA', 'OCI', 'OIF', 'BRICS', 'G20', 'OTAN'];

export const PLACES: readonly { name: string; country: string }[] = [
  { name: 'Bamako', country: 'ML' }, { name: 'Niamey', country: 'NE' }, { name: 'Ouagadougou', country: 'BF' },
  { name: 'Moscou', country: 'RU' }, { name: 'Paris', country: 'FR' }, { name: 'Genève', country: 'CH' },
  { name: 'Addis-Abeba', country: 'ET' }, { name: 'Dakar', country: 'SN' }, { name: 'Abidjan', country: 'CI' },
  { name: 'Alger', country: 'DZ' }, { name: 'New York', country: 'US' }, { name: 'Bruxelles', country: 'BE' },
  { name: 'Pékin', country: 'CN' }, { name: 'Ankara', country: 'TR' }, { name: 'Doha', country: 'QA' },
  { name: 'Rabat', country: 'MA' }, { name: 'Lomé', country: 'TG' }, { name: 'Accra', country: 'GH' },
  { name: 'Abuja', country: 'NG' }, { name: 'Nouakchott', country: 'MR' }, { name: 'N’Djamena', country: 'TD' },
  { name: 'Yaoundé', country: 'CM' }, { name: 'Kinshasa', country: 'CD' }, { name: 'Montréal', country: 'CA' },
  { name: 'São Paulo', country: 'BR' }, { name: 'Zürich', country: 'CH' }, { name: 'Tombouctou', country: 'ML' },
  { name: 'Kidal', country: 'ML' }, { name: 'Gao', country: 'ML' }, { name: 'Mopti', country: 'ML' },
  { name: 'Saint-Pétersbourg', country: 'RU' }, { name: 'Sotchi', country: 'RU' }, { name: 'Conakry', country: 'GN' },
  { name: 'Cotonou', country: 'BJ' }, { name: 'Tunis', country: 'TN' }, { name: 'Le Caire', country: 'EG' },
];

/** Common and rare topics alike: "lithium" and "manuscrits" are the rare words the search set looks for. */
export const TOPICS = [
  'sécurité', 'sécurité', 'énergie', 'coopération militaire', 'commerce', 'eau', 'santé', 'climat', 'éducation',
  'migration', 'mines d’or', 'transhumance', 'dette', 'élections', 'transition politique', 'aide humanitaire',
  'énergie nucléaire', 'céréales', 'infrastructures', 'diaspora', 'visas', 'culture', 'lutte antiterroriste', 'sanctions',
];
export const RARE_TOPICS = ['lithium', 'manuscrits anciens', 'hydrogène vert', 'cybersécurité'];

export const TITLE_TEMPLATES: Record<string, { fr: string[]; en: string[] }> = {
  meeting: { fr: ['Réunion avec {p} à {place}', 'Rencontre bilatérale {c1}–{c2}'], en: ['Meeting with {p} in {place}', 'Bilateral meeting {c1}–{c2}'] },
  consultation: { fr: ['Consultations politiques {c1}–{c2}', 'Consultations sur {topic}'], en: ['Political consultations {c1}–{c2}', 'Consultations on {topic}'] },
  visit: { fr: ['Visite officielle à {place}', 'Déplacement du ministre à {place}'], en: ['Official visit to {place}', 'Minister’s trip to {place}'] },
  hosted_visit: { fr: ['Visite de {p} à {place}', 'Accueil de la délégation de {c1}'], en: ['Visit of {p} to {place}', 'Hosting the {c1} delegation'] },
  summit: { fr: ['Sommet de la {org} à {place}', 'Sommet extraordinaire sur {topic}'], en: ['{org} summit in {place}', 'Extraordinary summit on {topic}'] },
  phone_call: { fr: ['Entretien téléphonique avec {p}', 'Appel de {p}'], en: ['Phone call with {p}', 'Call from {p}'] },
  agreement_signed: { fr: ['Signature d’un accord sur {topic}', 'Accord de coopération {c1}–{c2}'], en: ['Agreement signed on {topic}', 'Cooperation agreement {c1}–{c2}'] },
  joint_statement: { fr: ['Déclaration conjointe sur {topic}', 'Communiqué conjoint {c1}–{c2}'], en: ['Joint statement on {topic}', 'Joint communiqué {c1}–{c2}'] },
  statement: { fr: ['Déclaration du ministère sur {topic}', 'Communiqué de la {org}'], en: ['Ministry statement on {topic}', '{org} communiqué'] },
  conference: { fr: ['Conférence internationale sur {topic}', 'Conférence de {place}'], en: ['International conference on {topic}', '{place} conference'] },
  negotiation: { fr: ['Cycle de négociations sur {topic}', 'Négociations à {place}'], en: ['Negotiation round on {topic}', 'Talks in {place}'] },
  credentials: { fr: ['Remise des lettres de créance de {p}', 'Lettres de créance à {place}'], en: ['Credentials presented by {p}', 'Credentials ceremony in {place}'] },
  other: { fr: ['Note sur {topic}', 'Événement à {place}'], en: ['Note on {topic}', 'Event in {place}'] },
};

export const SUMMARY_SENTENCES = {
  fr: [
    'Les deux parties ont passé en revue l’état de la coopération bilatérale et réaffirmé leur volonté de la renforcer.',
    'Le ministre a souligné l’importance de la sécurité régionale et de la lutte contre le terrorisme au Sahel.',
    'Il a été convenu d’organiser une réunion de la commission mixte dans les prochains mois.',
    'La délégation a évoqué la question de l’énergie et des infrastructures, notamment les centrales solaires.',
    'Les échanges ont porté sur la situation humanitaire et l’accès des populations déplacées aux services de base.',
    'Un mémorandum d’entente sur la formation des diplomates a été paraphé à l’issue de l’entretien.',
    'La partie malienne a exprimé sa préoccupation quant aux sanctions économiques décidées par la CEDEAO.',
    'Le représentant a salué la qualité des relations et a invité son homologue à une visite de travail.',
    'Les ministres ont échangé sur les préparatifs du prochain sommet et sur le calendrier électoral.',
    'La question de la dette et du financement des projets agricoles a été abordée en détail.',
  ],
  en: [
    'Both sides reviewed bilateral cooperation and reaffirmed their commitment to strengthen it.',
    'The minister stressed the importance of regional security and the fight against terrorism in the Sahel.',
    'It was agreed to convene the joint commission within the coming months.',
    'The delegation raised energy and infrastructure, in particular solar power plants.',
    'Discussions covered the humanitarian situation and access to basic services for displaced people.',
    'A memorandum of understanding on diplomatic training was initialled after the talks.',
    'The envoy expressed concern about the economic sanctions imposed by ECOWAS.',
    'The representative praised the quality of relations and invited his counterpart for a working visit.',
    'Ministers discussed preparations for the next summit and the electoral calendar.',
    'Debt and the financing of agricultural projects were discussed at length.',
  ],
};

/** Sentences found in a few events only, so some search words are genuinely rare. */
export const RARE_SENTENCES = [
  'Les manuscrits de Tombouctou ont fait l’objet d’un accord de numérisation.',
  'A pilot project on lithium extraction near Bougouni was discussed.',
  'Une coopération en cybersécurité a été proposée par la partie estonienne.',
];

export const FOLLOW_UP_TITLES = {
  fr: ['Envoyer le projet d’accord', 'Préparer la note de synthèse', 'Organiser la commission mixte', 'Confirmer la date de la visite retour', 'Transmettre la liste des bourses', 'Relancer le ministère sur les visas'],
  en: ['Send the draft agreement', 'Prepare the briefing note', 'Convene the joint commission', 'Confirm the date of the return visit', 'Forward the scholarship list', 'Follow up on visas with the ministry'],
};

export const WINDOW_WORDINGS = {
  fr: ['dans les prochaines semaines', 'd’ici la fin du mois', 'dans les prochains mois', 'avant la fin de l’année'],
  en: ['in the coming weeks', 'by the end of the month', 'in the coming months', 'before the end of the year'],
};

export const PUBLISHERS = ['Agence malienne de presse', 'Reuters', 'RFI', 'Jeune Afrique', 'TASS', 'Le Monde', 'AFP'];

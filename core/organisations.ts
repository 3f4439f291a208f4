/**
 * The organisations a new store starts with. Users edit and add to them; acronyms differ
 * between French and English (CEDEAO/ECOWAS), so both are kept and both are searchable.
 */
export interface OrganisationSeed {
  acronymFr: string;
  acronymEn: string;
  nameFr: string;
  nameEn: string;
}

export const DEFAULT_ORGANISATIONS: readonly OrganisationSeed[] = [
  { acronymFr: 'CES', acronymEn: 'AES', nameFr: 'Confédération des États du Sahel', nameEn: 'Alliance of Sahel States' },
  { acronymFr: 'CEDEAO', acronymEn: 'ECOWAS', nameFr: 'Communauté économique des États de l’Afrique de l’Ouest', nameEn: 'Economic Community of West African States' },
  { acronymFr: 'UA', acronymEn: 'AU', nameFr: 'Union africaine', nameEn: 'African Union' },
  { acronymFr: 'ONU', acronymEn: 'UN', nameFr: 'Organisation des Nations unies', nameEn: 'United Nations' },
  { acronymFr: 'UE', acronymEn: 'EU', nameFr: 'Union européenne', nameEn: 'European Union' },
  { acronymFr: 'OTAN', acronymEn: 'NATO', nameFr: 'Organisation du traité de l’Atlantique nord', nameEn: 'North Atlantic Treaty Organization' },
  { acronymFr: 'UEMOA', acronymEn: 'WAEMU', nameFr: 'Union économique et monétaire ouest-africaine', nameEn: 'West African Economic and Monetary Union' },
  { acronymFr: 'OCI', acronymEn: 'OIC', nameFr: 'Organisation de la coopération islamique', nameEn: 'Organisation of Islamic Cooperation' },
  { acronymFr: 'BRICS', acronymEn: 'BRICS', nameFr: 'BRICS', nameEn: 'BRICS' },
  { acronymFr: 'G20', acronymEn: 'G20', nameFr: 'Groupe des vingt', nameEn: 'Group of Twenty' },
  { acronymFr: 'G7', acronymEn: 'G7', nameFr: 'Groupe des sept', nameEn: 'Group of Seven' },
  { acronymFr: 'OMC', acronymEn: 'WTO', nameFr: 'Organisation mondiale du commerce', nameEn: 'World Trade Organization' },
  { acronymFr: 'FMI', acronymEn: 'IMF', nameFr: 'Fonds monétaire international', nameEn: 'International Monetary Fund' },
  { acronymFr: 'OIF', acronymEn: 'OIF', nameFr: 'Organisation internationale de la Francophonie', nameEn: 'International Organisation of La Francophonie' },
  { acronymFr: 'OCS', acronymEn: 'SCO', nameFr: 'Organisation de coopération de Shanghai', nameEn: 'Shanghai Cooperation Organisation' },
  { acronymFr: 'CEEAC', acronymEn: 'ECCAS', nameFr: 'Communauté économique des États de l’Afrique centrale', nameEn: 'Economic Community of Central African States' },
  { acronymFr: 'SADC', acronymEn: 'SADC', nameFr: 'Communauté de développement d’Afrique australe', nameEn: 'Southern African Development Community' },
  { acronymFr: 'Ligue arabe', acronymEn: 'Arab League', nameFr: 'Ligue des États arabes', nameEn: 'League of Arab States' },
];

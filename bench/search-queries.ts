/**
 * The fixed set of 30 searches, run through the API and as LIKE scans on the same data:
 * names with and without accents, prefixes, several words, common and rare words, and one
 * word found nowhere.
 */
export interface BenchQuery { query: string; what: string }

export const SEARCH_QUERIES: readonly BenchQuery[] = [
  { query: 'Wagué', what: 'name with accent' },
  { query: 'wague', what: 'name without accent' },
  { query: 'Ismaël', what: 'first name with accent' },
  { query: 'ismael', what: 'first name without accent' },
  { query: 'Lavrov', what: 'name' },
  { query: 'Sergueï Lavrov', what: 'full name' },
  { query: 'Abdoulaye Diop', what: 'full name' },
  { query: 'helene lefevre', what: 'full name, accents dropped' },
  { query: 'Bamako', what: 'common place' },
  { query: 'Genève', what: 'place with accent' },
  { query: 'geneve', what: 'place without accent' },
  { query: 'Ouaga', what: 'place prefix' },
  { query: 'Tombouctou manuscrits', what: 'rare, two words' },
  { query: 'CEDEAO', what: 'organisation acronym (fr)' },
  { query: 'ECOWAS', what: 'organisation acronym (en)' },
  { query: 'sécurité', what: 'common word' },
  { query: 'securite', what: 'common word, accent dropped' },
  { query: 'énergie nucléaire', what: 'two-word topic' },
  { query: 'coopération militaire', what: 'two-word topic' },
  { query: 'réunion', what: 'common title word' },
  { query: 'accord', what: 'common word' },
  { query: 'minist', what: 'prefix of a common word' },
  { query: 'transh', what: 'prefix of a less common word' },
  { query: 'lithium', what: 'rare word' },
  { query: 'cybersécurité', what: 'rare word with accent' },
  { query: 'Niamey sommet', what: 'place and kind' },
  { query: 'Mali', what: 'country name' },
  { query: 'Russie', what: 'country name (fr)' },
  { query: 'visas ministère', what: 'follow-up words' },
  { query: 'xylophone', what: 'found nowhere' },
];

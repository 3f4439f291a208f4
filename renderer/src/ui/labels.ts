import { countryName } from '../../../core/country-names.ts';
import type { Organisation } from '../../../core/records.ts';
import type { Lang } from '../../../core/taxonomy.ts';

export function countryLabel(code: string, lang: Lang): string {
  return countryName(code, lang);
}

export function organisationLabel(org: Organisation, lang: Lang): string {
  return lang === 'fr' ? `${org.acronymFr} — ${org.nameFr}` : `${org.acronymEn} — ${org.nameEn}`;
}

export function organisationAcronym(org: Organisation, lang: Lang): string {
  return lang === 'fr' ? org.acronymFr : org.acronymEn;
}

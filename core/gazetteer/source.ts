/**
 * The one place the extractor's geographic data comes from: the `world-countries` package
 * (capitals, English and French demonyms; ODbL) merged with the committed files beside this
 * module (cities with French names from GeoNames and CLDR; plural and feminine adjective forms
 * the package lacks; see LICENSE.md).
 */
import worldCountries from 'world-countries';
import cityRows from './cities.json' with { type: 'json' };
import demonymTable from './demonyms.json' with { type: 'json' };

export interface City {
  en: string;
  fr: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** 0 when the source gives none. */
  population: number;
}

export interface Demonyms {
  country: string;
  en: string[];
  fr: string[];
}

export interface Gazetteer {
  cities: readonly City[];
  demonyms: readonly Demonyms[];
}

/** The subset of a `world-countries` record the extractor reads (package world-countries, ODbL). */
export interface WorldCountryRecord {
  cca2: string;
  capital?: string[];
  demonyms?: Partial<Record<'eng' | 'fra', { f?: string; m?: string }>>;
}

export function adaptWorldCountries(rows: readonly WorldCountryRecord[]): Gazetteer {
  const cities: City[] = [];
  const demonyms: Demonyms[] = [];
  for (const r of rows) {
    for (const capital of r.capital ?? []) cities.push({ en: capital, fr: capital, country: r.cca2, population: 0 });
    const forms = (d?: { f?: string; m?: string }) => [...new Set([d?.m, d?.f].filter((s): s is string => !!s))];
    const en = forms(r.demonyms?.eng);
    const fr = forms(r.demonyms?.fra).map((s) => s.toLowerCase());
    if (en.length || fr.length) demonyms.push({ country: r.cca2, en, fr });
  }
  return { cities, demonyms };
}

/** Combines sources; the first source's cities win on equal names (they carry French names and populations). */
export function mergeGazetteers(...sources: Gazetteer[]): Gazetteer {
  const seen = new Set<string>();
  const cities: City[] = [];
  for (const s of sources) {
    for (const c of s.cities) {
      const key = `${c.country}|${c.en.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      cities.push(c);
    }
  }
  const byCountry = new Map<string, Demonyms>();
  for (const s of sources) {
    for (const d of s.demonyms) {
      const prev = byCountry.get(d.country);
      byCountry.set(d.country, prev
        ? { country: d.country, en: [...new Set([...prev.en, ...d.en])], fr: [...new Set([...prev.fr, ...d.fr])] }
        : d);
    }
  }
  return { cities, demonyms: [...byCountry.values()] };
}

function committed(): Gazetteer {
  const cities = (cityRows as [string, string, string, number][]).map(([en, fr, country, population]) => ({ en, fr, country, population }));
  const demonyms = Object.entries(demonymTable as Record<string, unknown>)
    .filter(([code]) => /^[A-Z]{2}$/.test(code))
    .map(([country, forms]) => ({ country, ...(forms as { en: string[]; fr: string[] }) }));
  return { cities, demonyms };
}

let cached: Gazetteer | undefined;
export function gazetteer(): Gazetteer {
  cached ??= mergeGazetteers(committed(), adaptWorldCountries(worldCountries as unknown as readonly WorldCountryRecord[]));
  return cached;
}

import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import { countryName } from './country-names.ts';
import type { Lang } from './taxonomy.ts';
import { fold } from './text.ts';

countries.registerLocale(en);
countries.registerLocale(fr);

/** ISO 3166-1 alpha-2, upper case. */
export type CountryCode = string;

export interface Country {
  code: CountryCode;
  en: string;
  fr: string;
}

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/**
 * The names people use ("Russia", "Côte d’Ivoire", "Congo-Kinshasa"): CLDR's, as the platform's Intl
 * gives them, else the package's official name. Computed by `npm run gen:countries` into
 * country-names.json rather than asked of Intl at run time: Chromium loads its locale data on the
 * first `Intl.DisplayNames` call (35–60 ms of the timeline's first paint), and with one table the
 * command line, the search index and the window agree whatever ICU each one ships.
 */
export function platformCountryNames(): Record<Lang, Record<CountryCode, string>> {
  const codes = Object.keys(countries.getAlpha2Codes()).sort();
  const names = (lang: Lang) => {
    const intl = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    return Object.fromEntries(codes.map((code) => [code, intl.of(code) ?? countries.getName(code, lang) ?? code]));
  };
  return { en: names('en'), fr: names('fr') };
}

export { countryName };

let all: Country[] | undefined;
/** Every ISO country with its French and English names, from i18n-iso-countries. */
export function allCountries(): Country[] {
  all ??= Object.keys(countries.getAlpha2Codes())
    .map((code) => ({ code, en: countryName(code, 'en'), fr: countryName(code, 'fr') }))
    .sort((a, b) => a.code.localeCompare(b.code));
  return all;
}

const searchTexts = new Map<CountryCode, string>();

/**
 * Every name a country goes by in both languages, for the search index: "RU Russia Russie Russian
 * Federation…". Cached: the index asks for it several times per event written.
 */
export function countrySearchText(code: CountryCode): string {
  let text = searchTexts.get(code);
  if (text === undefined) {
    const names = new Set<string>([code, countryName(code, 'en'), countryName(code, 'fr')]);
    for (const lang of ['en', 'fr'] as const) {
      for (const name of countries.getName(code, lang, { select: 'all' }) ?? []) names.add(name);
    }
    searchTexts.set(code, (text = [...names].join(' ')));
  }
  return text;
}

/** Countries whose code or any name starts a word with the query, accent-insensitive. */
export function findCountries(query: string, limit = 20): Country[] {
  const q = fold(query);
  if (!q) return allCountries().slice(0, limit);
  const scored: { c: Country; score: number }[] = [];
  for (const c of allCountries()) {
    const names = [fold(c.en), fold(c.fr)];
    let score = -1;
    if (c.code.toLowerCase() === q) score = 3;
    else if (names.some((n) => n.startsWith(q))) score = 2;
    else if (names.some((n) => n.split(/[\s'-]/).some((w) => w.startsWith(q)))) score = 1;
    if (score >= 0) scored.push({ c, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.c.en.localeCompare(b.c.en))
    .slice(0, limit)
    .map((s) => s.c);
}

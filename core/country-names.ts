import table from './country-names.json' with { type: 'json' };
import type { Lang } from './taxonomy.ts';

/**
 * A country's name from the generated table alone (`npm run gen:countries`, every code
 * i18n-iso-countries knows): what the window's first screen needs, without loading the package
 * and its two language files at start-up.
 */
const NAMES: Record<Lang, Record<string, string | undefined>> = table;

export function countryName(code: string, lang: Lang): string {
  return NAMES[lang][code] ?? code;
}

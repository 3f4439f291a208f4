/** Country names come from a committed table (core/country-names.json), generated from CLDR through Intl. */
import { describe, expect, it } from 'vitest';
import { allCountries, countryName, countrySearchText, isCountryCode, platformCountryNames } from '../../core/countries.ts';

describe('country names', () => {
  it('has a name in both languages for every code the package knows', () => {
    const all = allCountries();
    expect(all.length).toBeGreaterThan(240);
    for (const c of all) {
      expect(isCountryCode(c.code)).toBe(true);
      expect(c.en).not.toBe('');
      expect(c.fr).not.toBe('');
    }
  });

  it('gives the names people use, in French and in English', () => {
    expect(countryName('RU', 'fr')).toBe('Russie');
    expect(countryName('RU', 'en')).toBe('Russia');
    expect(countryName('CI', 'fr')).toBe('Côte d’Ivoire');
    expect(countryName('ML', 'fr')).toBe('Mali');
  });

  it('is the table the platform gives today (else run npm run gen:countries and review the change)', () => {
    const { en, fr } = platformCountryNames();
    expect(allCountries().map((c) => [c.code, c.en, c.fr])).toEqual(Object.keys(en).map((code) => [code, en[code], fr[code]]));
  });

  it('still feeds every spelling to search', () => {
    expect(countrySearchText('RU')).toContain('Russian Federation');
    expect(countrySearchText('RU')).toContain('Russie');
  });
});

import { describe, expect, test } from 'vitest';
import { adaptWorldCountries, gazetteer, mergeGazetteers } from '../../../core/gazetteer/source.ts';

describe('gazetteer', () => {
  test('knows capitals and large cities by their French and English names', () => {
    const find = (n: string) => gazetteer().cities.find((c) => c.fr === n || c.en === n);
    expect(find('Moscou')).toMatchObject({ en: 'Moscow', country: 'RU' });
    expect(find('Nairobi')?.country).toBe('KE');
    expect(find('Pékin')?.country).toBe('CN');
    expect(find('Nouakchott')?.country).toBe('MR');
    expect(gazetteer().cities.length).toBeGreaterThan(1000);
  });

  test('reads world-countries records into capitals and demonyms', () => {
    const g = adaptWorldCountries([{ cca2: 'ML', capital: ['Bamako'], demonyms: { eng: { f: 'Malian', m: 'Malian' }, fra: { f: 'Malienne', m: 'Malien' } } }]);
    expect(g).toEqual({ cities: [{ en: 'Bamako', fr: 'Bamako', country: 'ML', population: 0 }], demonyms: [{ country: 'ML', en: ['Malian'], fr: ['malien', 'malienne'] }] });
  });

  test('merges sources without duplicating a city and joins demonym forms', () => {
    const extra = adaptWorldCountries([{ cca2: 'RU', capital: ['Moscow'], demonyms: { fra: { m: 'Russe', f: 'Russe' } } }]);
    const merged = mergeGazetteers(gazetteer(), extra);
    expect(merged.cities.filter((c) => c.en === 'Moscow')).toHaveLength(1);
    expect(merged.demonyms.find((d) => d.country === 'RU')?.fr).toContain('russe');
  });
});

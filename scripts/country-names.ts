/** `npm run gen:countries`: writes core/country-names.json from the platform's CLDR names (see core/countries.ts). */
import { writeFileSync } from 'node:fs';
import { platformCountryNames } from '../core/countries.ts';

const file = new URL('../core/country-names.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(platformCountryNames(), null, 2)}\n`);
process.stdout.write(`wrote ${file.pathname}\n`);

import type { Lang } from '../taxonomy.ts';
import { foldKey } from './fold.ts';

const FR = new Set(['le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'dans', 'pour', 'avec', 'sur', 'au', 'aux', 'qui', 'ont', 'ete', 'entre', 'par']);
const EN = new Set(['the', 'and', 'of', 'to', 'is', 'with', 'for', 'was', 'on', 'that', 'by', 'at', 'were', 'has', 'have', 'from', 'will']);

/** French or English by counting the commonest function words of each; a tie goes to French, the app's first language. */
export function detectLang(text: string): Lang {
  let fr = 0;
  let en = 0;
  for (const w of foldKey(text.slice(0, 20_000)).split(/[^a-z]+/)) {
    if (FR.has(w)) fr++;
    if (EN.has(w)) en++;
  }
  return en > fr ? 'en' : 'fr';
}

import type { Settings } from '../../../core/records.ts';
import type { Lang } from '../../../core/taxonomy.ts';

/** French when the system says so, English otherwise (the only two the app speaks). */
export function systemLang(): Lang {
  const tags = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language];
  const first = tags.find((t) => typeof t === 'string' && t.length > 0) ?? 'en';
  return first.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function resolveLang(setting: Settings['language'] | undefined): Lang {
  return setting === 'fr' || setting === 'en' ? setting : systemLang();
}

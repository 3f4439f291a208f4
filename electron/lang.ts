/** The interface language of the native parts (menu, notifications): the user's choice, else the system's. */
export type NativeLang = 'fr' | 'en';

export function resolveLang(setting: unknown, systemLocale: string): NativeLang {
  if (setting === 'fr' || setting === 'en') return setting;
  return systemLocale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

import { createContext, useContext } from 'react';
import type { Lang } from '../../../core/taxonomy.ts';

/** The interface language, chosen in settings (default: the system's). Every screen reads it from here. */
export const LangContext = createContext<Lang>('en');

export function useLang(): Lang {
  return useContext(LangContext);
}

/** A feature's messages in both languages; the English side is the type both must match. */
export type Messages<T extends Record<string, string | ((...args: never[]) => string)>> = { en: T; fr: T };

/** Picks a feature's dictionary for the current language: `const m = useMessages(messages)`. */
export function useMessages<T extends Record<string, string | ((...args: never[]) => string)>>(messages: Messages<T>): T {
  return messages[useLang()];
}

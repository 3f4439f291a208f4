import { createContext, useContext } from 'react';
import type { FirstScreen } from '../../../core/first-screen.ts';

/**
 * What App was started with: the served first screen, until the first timeline is left (`done`);
 * a timeline shown later asks the store, since the data may have changed since.
 */
export interface FirstScreenState {
  screen: FirstScreen | null;
  done(): void;
}

export const FirstScreenContext = createContext<FirstScreenState>({ screen: null, done: () => {} });

export function useFirstScreen(): FirstScreenState {
  return useContext(FirstScreenContext);
}

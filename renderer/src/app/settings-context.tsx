import { createContext, useContext } from 'react';
import type { Settings } from '../../../core/records.ts';

export interface SettingsState {
  settings: Settings | null;
  update(patch: Partial<Settings>): Promise<void>;
}

export const SettingsContext = createContext<SettingsState>({ settings: null, update: async () => {} });

export function useSettings(): SettingsState {
  return useContext(SettingsContext);
}

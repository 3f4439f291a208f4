import { createContext, useContext, useEffect, useRef } from 'react';
import type { CapturedArticle } from '../capture/article.ts';

/** Every screen the app shows; state-based, so there is no URL to tamper with and nothing to route. */
export type Screen =
  | { name: 'timeline' }
  | { name: 'followups'; followUpId?: string }
  | { name: 'new' }
  | { name: 'capture'; article: CapturedArticle }
  | { name: 'edit'; eventId: string }
  | { name: 'event'; eventId: string }
  | { name: 'relations'; a?: string; b?: string }
  | { name: 'person'; personId: string }
  | { name: 'settings' };

/** Returns false to keep the user where they are (e.g. a form with unsaved changes they chose to keep). */
export type LeaveGuard = () => boolean;

export interface Navigation {
  screen: Screen;
  navigate(screen: Screen): void;
  openSearch(): void;
  registerLeaveGuard(guard: LeaveGuard): () => void;
  /** Bumped after any write, so lists that cache pages know to fetch again. */
  dataVersion: number;
  dataChanged(): void;
}

export const NavContext = createContext<Navigation | null>(null);

export function useNav(): Navigation {
  const nav = useContext(NavContext);
  if (!nav) throw new Error('useNav outside the app shell');
  return nav;
}

/**
 * Lets a screen veto leaving it: `useLeaveGuard(dirty, () => confirm(m.discard))`.
 * The guard is read through a ref, so it always sees the latest form state.
 */
export function useLeaveGuard(active: boolean, confirmLeave: () => boolean): void {
  const nav = useNav();
  const latest = useRef({ active, confirmLeave });
  latest.current = { active, confirmLeave };
  useEffect(() => nav.registerLeaveGuard(() => !latest.current.active || latest.current.confirmLeave()), [nav]);
}

import { useContext, useEffect, useRef } from 'react';
import { NavContext } from '../app/navigation.tsx';

/**
 * Nothing typed is lost silently: the browser asks before a reload or close, and the app shell
 * (when the form is mounted inside it) asks before switching screens. `bypass` lets a save or a
 * confirmed cancel leave without asking twice.
 */
export function useUnsavedGuard(dirty: boolean, confirmText: string): { bypass(): void } {
  const nav = useContext(NavContext);
  const state = useRef({ dirty, confirmText, bypassed: false });
  state.current.dirty = dirty;
  state.current.confirmText = confirmText;

  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!state.current.dirty || state.current.bypassed) return;
      e.preventDefault();
      // Older Chromium builds still need returnValue set to show the prompt.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  useEffect(() => {
    if (!nav) return undefined;
    return nav.registerLeaveGuard(() => !state.current.dirty || state.current.bypassed || window.confirm(state.current.confirmText));
  }, [nav]);

  return {
    bypass: () => {
      state.current.bypassed = true;
    },
  };
}

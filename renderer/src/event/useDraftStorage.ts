import { useEffect, useRef } from 'react';
import type { EventDraft } from './draft.ts';
import { parseStoredDraft, storeDraft } from './draft.ts';

const PREFIX = 'chancery.eventDraft.';

/** The key a form's draft lives under: one for the new event, one per event being edited. */
export function draftKey(eventId: string | undefined): string {
  return `${PREFIX}${eventId ?? 'new'}`;
}

export function readDraft(key: string): EventDraft | null {
  try {
    return parseStoredDraft(window.localStorage.getItem(key));
  } catch {
    // Storage can be disabled or full; the form still works, only without autosave.
    return null;
  }
}

export function clearDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    /* storage unavailable: nothing was saved either */
  }
}

/** Writes the draft shortly after each change while it differs from what is saved; removes it when it no longer does. */
export function useDraftAutosave(key: string, draft: EventDraft | null, dirty: boolean, enabled: boolean): void {
  const latest = useRef({ key, draft, dirty, enabled });
  latest.current = { key, draft, dirty, enabled };

  useEffect(() => {
    if (!enabled || !draft) return undefined;
    const timer = window.setTimeout(() => {
      try {
        if (dirty) window.localStorage.setItem(key, storeDraft(draft));
        else window.localStorage.removeItem(key);
      } catch {
        /* quota or disabled storage: keep editing, the leave guard still protects the draft */
      }
    }, 250);
    return () => window.clearTimeout(timer);
  }, [key, draft, dirty, enabled]);

  // A reload within the debounce must not lose the last keystrokes.
  useEffect(() => {
    const flush = () => {
      const { key: k, draft: d, dirty: isDirty, enabled: on } = latest.current;
      if (!on || !d || !isDirty) return;
      try {
        window.localStorage.setItem(k, storeDraft(d));
      } catch {
        /* nothing more we can do while unloading */
      }
    };
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);
}

import { useEffect, useRef } from 'react';

export type ShortcutAction = 'search' | 'new-event' | 'follow-ups';

const KEYS: Readonly<Record<string, ShortcutAction>> = { k: 'search', n: 'new-event', j: 'follow-ups' };

/** Ctrl (or Cmd on macOS) + K / N / J from anywhere in the app, even inside a text field. */
export function shortcutFor(event: KeyboardEvent): ShortcutAction | null {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod || event.altKey || event.shiftKey) return null;
  return KEYS[event.key.toLowerCase()] ?? null;
}

export function useGlobalShortcuts(onAction: (action: ShortcutAction) => void): void {
  const latest = useRef(onAction);
  latest.current = onAction;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = shortcutFor(event);
      if (!action) return;
      event.preventDefault();
      latest.current(action);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}

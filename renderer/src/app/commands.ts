import { useEffect, useRef } from 'react';

/** What the Electron menu (and reminder notifications) ask of the page. */
export type MenuCommand =
  | { name: 'new-event' }
  | { name: 'search' }
  | { name: 'follow-ups' }
  | { name: 'paste-article' }
  /** The main process changed the store (an import from the menu): re-read what is shown. */
  | { name: 'data-changed' }
  | { name: 'open-follow-up'; id: string }
  /** How far an import from the menu has got (electron/transfer.ts); null once it has ended. */
  | { name: 'import-progress'; progress: ImportProgress | null };

/** Events written of the file's total, then the store being tidied before the import ends. */
export type ImportProgress = { done: number; total: number } | 'tidying';

const IMPORT_COUNTS = /^import-progress:(\d{1,9})\/(\d{1,9})$/;

function parseImportProgress(raw: string): MenuCommand | null {
  if (raw === 'import-progress:end') return { name: 'import-progress', progress: null };
  if (raw === 'import-progress:tidying') return { name: 'import-progress', progress: 'tidying' };
  const counts = IMPORT_COUNTS.exec(raw);
  if (!counts) return null;
  const done = Number(counts[1]);
  const total = Number(counts[2]);
  return total > 0 && done <= total ? { name: 'import-progress', progress: { done, total } } : null;
}

const FOLLOW_UP_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Commands cross a process boundary as strings: anything unexpected is ignored. */
export function parseCommand(raw: unknown): MenuCommand | null {
  if (typeof raw !== 'string') return null;
  if (raw === 'new-event' || raw === 'search' || raw === 'follow-ups' || raw === 'paste-article' || raw === 'data-changed') return { name: raw };
  if (raw.startsWith('import-progress:')) return parseImportProgress(raw);
  if (raw.startsWith('open-follow-up:')) {
    const id = raw.slice('open-follow-up:'.length);
    return FOLLOW_UP_ID.test(id) ? { name: 'open-follow-up', id: id.toLowerCase() } : null;
  }
  return null;
}

export function useMenuCommands(onCommand: (command: MenuCommand) => void): void {
  const latest = useRef(onCommand);
  latest.current = onCommand;
  useEffect(() => {
    const unsubscribe = window.chancery?.onCommand?.((raw) => {
      const command = parseCommand(raw);
      if (command) latest.current(command);
    });
    return () => unsubscribe?.();
  }, []);
}

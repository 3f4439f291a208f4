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
  /** How far an export or an import from the menu has got (electron/transfer.ts); null once it has ended. */
  | { name: 'transfer'; progress: TransferProgress | null };

/** An import's events written of the file's total, then the store tidied before it ends; or an export. */
export type TransferProgress = { done: number; total: number } | 'tidying' | 'exporting';

const IMPORT_COUNTS = /^transfer:(\d{1,9})\/(\d{1,9})$/;

function parseTransfer(raw: string): MenuCommand | null {
  if (raw === 'transfer:end') return { name: 'transfer', progress: null };
  if (raw === 'transfer:tidying' || raw === 'transfer:exporting') return { name: 'transfer', progress: raw.slice('transfer:'.length) as 'tidying' | 'exporting' };
  const counts = IMPORT_COUNTS.exec(raw);
  if (!counts) return null;
  const done = Number(counts[1]);
  const total = Number(counts[2]);
  return total > 0 && done <= total ? { name: 'transfer', progress: { done, total } } : null;
}

const FOLLOW_UP_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Commands cross a process boundary as strings: anything unexpected is ignored. */
export function parseCommand(raw: unknown): MenuCommand | null {
  if (typeof raw !== 'string') return null;
  if (raw === 'new-event' || raw === 'search' || raw === 'follow-ups' || raw === 'paste-article' || raw === 'data-changed') return { name: raw };
  if (raw.startsWith('transfer:')) return parseTransfer(raw);
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

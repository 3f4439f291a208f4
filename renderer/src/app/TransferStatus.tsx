import { useMessages } from '../i18n/lang.tsx';
import type { TransferProgress } from './commands.ts';
import { messages } from './messages.ts';

/**
 * An export or an import from the menu, as it goes: run on another thread, so the page stays
 * usable (during an import its saves are refused, with a sentence saying why). The line announced
 * is the phase; an import's counts, which change every thousand events, are the bar's value, not
 * spoken each time.
 */
export function TransferStatus({ progress }: { progress: TransferProgress }) {
  const m = useMessages(messages);
  const counts = typeof progress === 'object' ? progress : null;
  const phase = counts ? m.importing : progress === 'tidying' ? m.importTidying : m.exporting;
  return (
    <div className="transfer-status">
      <p role="status">{phase}</p>
      {counts ? (
        <progress aria-label={m.transferProgress} aria-valuetext={m.importCount(counts.done, counts.total)} value={counts.done} max={counts.total} />
      ) : (
        <progress aria-label={m.transferProgress} />
      )}
      {counts ? <p className="transfer-count">{m.importCount(counts.done, counts.total)}</p> : null}
    </div>
  );
}

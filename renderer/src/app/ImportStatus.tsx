import { useMessages } from '../i18n/lang.tsx';
import type { ImportProgress } from './commands.ts';
import { messages } from './messages.ts';

/**
 * An import from the menu, as it goes: written on another thread, so the page stays usable (its
 * saves are refused until the import ends, with a sentence saying why). The line announced is the
 * phase; the counts, which change every thousand events, are the bar's value, not spoken each time.
 */
export function ImportStatus({ progress }: { progress: ImportProgress }) {
  const m = useMessages(messages);
  const counts = progress === 'tidying' ? null : progress;
  return (
    <div className="import-status">
      <p role="status">{counts ? m.importing : m.importTidying}</p>
      {counts ? (
        <progress aria-label={m.importProgress} aria-valuetext={m.importCount(counts.done, counts.total)} value={counts.done} max={counts.total} />
      ) : (
        <progress aria-label={m.importProgress} />
      )}
      {counts ? <p className="import-count">{m.importCount(counts.done, counts.total)}</p> : null}
    </div>
  );
}

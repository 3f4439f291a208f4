import { useContext, useState } from 'react';
import type { Input } from '../../../core/contract.ts';
import type { Event } from '../../../core/records.ts';
import { NavContext } from '../app/navigation.tsx';
import { api } from '../api.ts';
import { useMessages } from '../i18n/lang.tsx';
import { messages } from './messages.ts';
import { clearDraft, draftKey } from './useDraftStorage.ts';
import { showNotice, showUndoToast } from './undo-toast.tsx';

interface Props {
  eventId: string;
  title: string;
  /** Called once the event is gone: the screen showing it should close. */
  onDeleted(): void;
  /** Called after "Undo" brought it back, e.g. to show it again. */
  onRestored?(event: Event): void;
}

const why = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Deletes at once and offers Undo: the API hands back the whole event, and restoring it puts back the very same record. */
export function DeleteEventButton({ eventId, title, onDeleted, onRestored }: Props) {
  const m = useMessages(messages);
  const nav = useContext(NavContext);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      // The snapshot's declared type is looser than restore's input, but it is that very document.
      const snapshot = await api.invoke('events.delete', { id: eventId });
      clearDraft(draftKey(eventId));
      nav?.dataChanged();
      showUndoToast({
        message: m.deleted(title),
        undoLabel: m.undo,
        dismissLabel: m.dismiss,
        onUndo: async () => {
          try {
            const restored = await api.invoke('events.restore', snapshot as Input<'events.restore'>);
            nav?.dataChanged();
            showNotice(m.restored(restored.title));
            onRestored?.(restored);
          } catch (e) {
            showNotice(m.restoreFailed(why(e)), 10_000);
          }
        },
      });
      onDeleted();
    } catch (e) {
      setError(m.deleteFailed(why(e)));
      setBusy(false);
    }
  };

  return (
    <span className="ef-delete">
      <button type="button" className="ef-danger" onClick={remove} disabled={busy}>
        {m.deleteEvent}
      </button>
      {error ? (
        <span role="alert" className="ef-error">
          {error}
        </span>
      ) : null}
    </span>
  );
}

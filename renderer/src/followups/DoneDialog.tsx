import { useState } from 'react';
import type { EventSummary, FollowUp } from '../../../core/records.ts';
import { api } from '../api.ts';
import { useLang, useMessages } from '../i18n/lang.tsx';
import { ActionDialog } from './ActionDialog.tsx';
import { dialogErrors, GeneralError } from './dialog-fields.tsx';
import type { DialogErrors } from './dialog-fields.tsx';
import { EventPicker } from './EventPicker.tsx';
import { messages } from './messages.ts';

/** Marks a follow-up done, optionally naming the event that fulfilled it (the consultations it announced). */
export function DoneDialog({ followUp, today, onClose, onDone }: { followUp: FollowUp; today: string; onClose(): void; onDone(updated: FollowUp): void }) {
  const m = useMessages(messages);
  const lang = useLang();
  const [by, setBy] = useState<EventSummary | null>(null);
  const [errors, setErrors] = useState<DialogErrors>({});
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    setBusy(true);
    try {
      const updated = await api.invoke('followUps.complete', { id: followUp.id, at: today, ...(by ? { doneByEventId: by.id } : {}) });
      onDone(updated);
    } catch (e) {
      setErrors(dialogErrors(e, lang));
      setBusy(false);
    }
  };

  return (
    <ActionDialog title={`${m.doneTitle} — ${followUp.title}`} onClose={onClose} onSubmit={() => void confirm()} submitLabel={m.confirmDone} cancelLabel={m.cancel} busy={busy}>
      <EventPicker excludeId={followUp.eventId} value={by} onChange={setBy} />
      {errors.doneByEventId ? <p className="fu-error">{errors.doneByEventId}</p> : null}
      <GeneralError errors={errors} shown={['doneByEventId']} />
    </ActionDialog>
  );
}

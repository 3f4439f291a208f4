import { useState } from 'react';
import { addCalendarDays } from '../../../core/dates.ts';
import type { FollowUp } from '../../../core/records.ts';
import { api } from '../api.ts';
import { useLang, useMessages } from '../i18n/lang.tsx';
import { ActionDialog } from './ActionDialog.tsx';
import { DateInput, dialogErrors, GeneralError } from './dialog-fields.tsx';
import type { DialogErrors } from './dialog-fields.tsx';
import { messages } from './messages.ts';

/** Snoozes until a date the user picks (the menu offers a day and a week directly). */
export function SnoozeDialog({ followUp, today, onClose, onDone }: { followUp: FollowUp; today: string; onClose(): void; onDone(updated: FollowUp): void }) {
  const m = useMessages(messages);
  const lang = useLang();
  const [until, setUntil] = useState(addCalendarDays(today, 1));
  const [errors, setErrors] = useState<DialogErrors>({});

  const save = async () => {
    try {
      onDone(await api.invoke('followUps.snooze', { id: followUp.id, until }));
    } catch (e) {
      setErrors(dialogErrors(e, lang));
    }
  };

  return (
    <ActionDialog title={`${m.snooze} — ${followUp.title}`} onClose={onClose} onSubmit={() => void save()} submitLabel={m.save} cancelLabel={m.cancel}>
      <DateInput label={m.snoozeUntil} value={until} onChange={setUntil} min={addCalendarDays(today, 1)} error={errors.until} autoFocus />
      <GeneralError errors={errors} shown={['until']} />
    </ActionDialog>
  );
}

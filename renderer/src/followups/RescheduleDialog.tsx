import { useId, useState } from 'react';
import type { FollowUp } from '../../../core/records.ts';
import { proposeWindow } from '../../../core/vague.ts';
import { api } from '../api.ts';
import { useLang, useMessages } from '../i18n/lang.tsx';
import { formatDate } from '../ui/dates.ts';
import { ActionDialog } from './ActionDialog.tsx';
import { DateInput, dialogErrors, GeneralError } from './dialog-fields.tsx';
import type { DialogErrors } from './dialog-fields.tsx';
import { messages } from './messages.ts';

/** A new date or window; new wording ("d'ici fin septembre") is read from today and proposed. */
export function RescheduleDialog({ followUp, today, onClose, onDone }: { followUp: FollowUp; today: string; onClose(): void; onDone(updated: FollowUp): void }) {
  const m = useMessages(messages);
  const lang = useLang();
  const id = useId();
  const [mode, setMode] = useState<'date' | 'window'>(followUp.due.kind);
  const [date, setDate] = useState(followUp.due.kind === 'date' ? followUp.due.date : '');
  const [from, setFrom] = useState(followUp.due.kind === 'window' ? followUp.due.from : '');
  const [to, setTo] = useState(followUp.due.kind === 'window' ? followUp.due.to : '');
  const [wording, setWording] = useState('');
  const [errors, setErrors] = useState<DialogErrors>({});
  const proposal = wording.trim() ? proposeWindow(wording, today) : null;
  const showProposal = proposal && !(mode === 'window' && from === proposal.from && to === proposal.to);

  const save = async () => {
    try {
      const due = mode === 'date' ? { due: date } : { window: { from, to } };
      onDone(await api.invoke('followUps.reschedule', { id: followUp.id, ...due, ...(wording.trim() ? { wording } : {}) }));
    } catch (e) {
      setErrors(dialogErrors(e, lang));
    }
  };

  return (
    <ActionDialog title={`${m.rescheduleTitle} — ${followUp.title}`} onClose={onClose} onSubmit={() => void save()} submitLabel={m.save} cancelLabel={m.cancel}>
      <div className="fu-field">
        <label htmlFor={`${id}-wording`}>{m.newWording}</label>
        <input id={`${id}-wording`} value={wording} onChange={(e) => setWording(e.target.value)} autoFocus autoComplete="off" />
      </div>
      <div className="fu-proposal" role="status">
        {showProposal ? (
          <>
            <span>{m.proposal(formatDate(proposal.from, lang), formatDate(proposal.to, lang))}</span>
            <button
              type="button"
              onClick={() => {
                setMode('window');
                setFrom(proposal.from);
                setTo(proposal.to);
              }}
            >
              {m.useProposal}
            </button>
          </>
        ) : null}
      </div>
      <fieldset className="fu-radios">
        <legend>{m.dueMode}</legend>
        <label>
          <input type="radio" name={`${id}-mode`} checked={mode === 'date'} onChange={() => setMode('date')} /> {m.onDate}
        </label>
        <label>
          <input type="radio" name={`${id}-mode`} checked={mode === 'window'} onChange={() => setMode('window')} /> {m.inWindow}
        </label>
      </fieldset>
      {mode === 'date' ? (
        <DateInput label={m.date} value={date} onChange={setDate} error={errors.due} />
      ) : (
        <div className="fu-row">
          <DateInput label={m.from} value={from} onChange={setFrom} error={errors['window.from'] ?? errors.window ?? errors.due} />
          <DateInput label={m.to} value={to} onChange={setTo} error={errors['window.to']} />
        </div>
      )}
      <GeneralError errors={errors} shown={mode === 'date' ? ['due'] : ['window.from', 'window', 'due', 'window.to']} />
    </ActionDialog>
  );
}

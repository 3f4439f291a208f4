import { useContext } from 'react';
import { FOLLOW_UP_STATUSES } from '../../../../core/taxonomy.ts';
import { proposeWindow } from '../../../../core/vague.ts';
import { useLang, useMessages } from '../../i18n/lang.tsx';
import { formatDate } from '../../ui/dates.ts';
import type { FollowUpRow } from '../draft.ts';
import { emptyFollowUp } from '../draft.ts';
import { messages } from '../messages.ts';
import { FormEnvContext, useFormId } from './form-env.tsx';
import { TextField } from './TextField.tsx';

interface Props {
  value: FollowUpRow[];
  onChange(next: FollowUpRow[]): void;
  /** The event's date, against which "dans les prochaines semaines" is read; null while the date is not valid. */
  reference: string | null;
}

/** What is to follow from this event, each due on a date or within a window, with the wording as it was said. */
export function FollowUpsField({ value, onChange, reference }: Props) {
  const m = useMessages(messages);
  const update = (key: string, patch: Partial<FollowUpRow>) => onChange(value.map((f) => (f.key === key ? { ...f, ...patch } : f)));
  return (
    <div className="ef-followups">
      {value.map((f, i) =>
        f.status === 'open' ? (
          <FollowUpEditor key={f.key} index={i} row={f} reference={reference} onChange={(patch) => update(f.key, patch)} onRemove={() => onChange(value.filter((x) => x.key !== f.key))} />
        ) : (
          <ClosedFollowUp key={f.key} row={f} />
        ),
      )}
      <button type="button" className="ef-add" onClick={() => onChange([...value, emptyFollowUp()])}>
        + {m.addFollowUp}
      </button>
    </div>
  );
}

function ClosedFollowUp({ row }: { row: FollowUpRow }) {
  const m = useMessages(messages);
  const lang = useLang();
  return (
    <div className="ef-followup ef-followup-closed">
      <p>
        <strong>{row.title}</strong> — {m.followUpClosed(FOLLOW_UP_STATUSES[row.status][lang])}
      </p>
    </div>
  );
}

function FollowUpEditor({ index, row, reference, onChange, onRemove }: { index: number; row: FollowUpRow; reference: string | null; onChange(patch: Partial<FollowUpRow>): void; onRemove(): void }) {
  const m = useMessages(messages);
  const lang = useLang();
  const formId = useFormId();
  const { errors } = useContext(FormEnvContext);
  const at = `followUps[${index}]`;
  const proposal = reference && row.wording.trim() ? proposeWindow(row.wording, reference) : null;
  const accepted = proposal && row.mode === 'window' && row.from === proposal.from && row.to === proposal.to;
  // "give a date or a window" lands on `due` or `window`: shown at whichever inputs are on screen.
  const missing = errors.get(`${at}.window`) ?? errors.get(`${at}.due`);
  const radioName = `${formId}-${row.key}-mode`;
  return (
    <fieldset className="ef-followup">
      <legend>{m.followUpNumber(index + 1)}</legend>
      <div className="ef-grid-2">
        <TextField field={`${at}.title`} label={m.followUpTitle} value={row.title} onChange={(title) => onChange({ title })} />
        <TextField field={`${at}.wording`} label={m.followUpWording} value={row.wording} onChange={(wording) => onChange({ wording })} hint={m.followUpWordingHint} />
      </div>
      <div className="ef-proposal" role="status" aria-live="polite">
        {proposal && !accepted ? (
          <>
            <span>{m.proposal(formatDate(proposal.from, lang), formatDate(proposal.to, lang))}</span>
            <button type="button" className="ef-accept" onClick={() => onChange({ mode: 'window', from: proposal.from, to: proposal.to, due: '' })}>
              {m.acceptProposal}
            </button>
          </>
        ) : null}
        {!proposal && row.wording.trim() && reference && !row.due && !row.from ? <span className="ef-muted">{m.proposalUnread}</span> : null}
      </div>
      <div className="ef-due">
        <fieldset className="ef-radios">
          <legend>{m.dueMode}</legend>
          <label>
            <input type="radio" name={radioName} checked={row.mode === 'date'} onChange={() => onChange({ mode: 'date' })} /> {m.dueOnDate}
          </label>
          <label>
            <input type="radio" name={radioName} checked={row.mode === 'window'} onChange={() => onChange({ mode: 'window' })} /> {m.dueInWindow}
          </label>
        </fieldset>
        {row.mode === 'date' ? (
          <TextField field={`${at}.due`} label={m.dueDate} type="date" value={row.due} onChange={(due) => onChange({ due })} />
        ) : (
          <>
            <TextField field={`${at}.window.from`} label={m.windowFrom} type="date" value={row.from} onChange={(from) => onChange({ from })} error={errors.get(`${at}.window.from`) ?? missing} />
            <TextField field={`${at}.window.to`} label={m.windowTo} type="date" value={row.to} onChange={(to) => onChange({ to })} />
          </>
        )}
        <TextField field={`${at}.place`} label={m.followUpPlace} value={row.place} onChange={(place) => onChange({ place })} />
      </div>
      <button type="button" className="ef-remove-followup" onClick={onRemove}>
        {m.removeFollowUp(index + 1)}
      </button>
    </fieldset>
  );
}

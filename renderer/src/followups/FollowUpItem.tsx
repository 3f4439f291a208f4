import { useId } from 'react';
import type { Key } from 'react-aria-components';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import type { FollowUp } from '../../../core/records.ts';
import { useLang, useMessages } from '../i18n/lang.tsx';
import { formatDate } from '../ui/dates.ts';
import { formatDue } from './format.ts';
import { messages } from './messages.ts';

export type FollowUpAction = 'done' | 'snooze-day' | 'snooze-week' | 'snooze-date' | 'reschedule' | 'cancel';

interface Props {
  followUp: FollowUp;
  highlighted: boolean;
  onOpenEvent(id: string): void;
  onAction(action: FollowUpAction, followUp: FollowUp): void;
}

/** One follow-up: what, from which event, when (date or window, and any snooze), as said, where; and what to do with it. */
export function FollowUpItem({ followUp: f, highlighted, onOpenEvent, onAction }: Props) {
  const m = useMessages(messages);
  const lang = useLang();
  const titleId = useId();
  const act = (action: FollowUpAction) => () => onAction(action, f);
  return (
    <li id={`followup-${f.id}`} className={`fu-item${highlighted ? ' fu-highlight' : ''}`} tabIndex={-1} aria-labelledby={titleId} data-followup-id={f.id}>
      <div className="fu-main">
        <h3 id={titleId} className="fu-title">
          {f.title}
        </h3>
        <p className="fu-due">
          {formatDue(f.due, lang, m)}
          {f.snoozedUntil ? <span className="fu-muted"> · {m.snoozedUntil(formatDate(f.snoozedUntil, lang))}</span> : null}
        </p>
        <dl className="fu-meta">
          <div>
            <dt>{m.fromEvent}</dt>
            <dd>
              <button type="button" className="fu-link" onClick={() => onOpenEvent(f.eventId)} aria-label={m.openEvent(f.eventTitle)}>
                {f.eventTitle}
              </button>{' '}
              <span className="fu-muted">{formatDate(f.eventDate, lang)}</span>
            </dd>
          </div>
          {f.wording ? (
            <div>
              <dt>{m.wording}</dt>
              <dd className="fu-wording">{lang === 'fr' ? `« ${f.wording} »` : `“${f.wording}”`}</dd>
            </div>
          ) : null}
          {f.place ? (
            <div>
              <dt>{m.place}</dt>
              <dd>{f.place.name}</dd>
            </div>
          ) : null}
        </dl>
      </div>
      <div className="fu-actions" role="group" aria-label={m.actionsFor(f.title)}>
        <button type="button" className="fu-primary" onClick={act('done')}>
          {m.done}
        </button>
        <MenuTrigger>
          <Button className="fu-menu-button">
            {m.snooze} <span aria-hidden="true">▾</span>
          </Button>
          <Popover className="fu-popover" placement="bottom end">
            <Menu className="fu-menu" onAction={(key: Key) => onAction(key as FollowUpAction, f)}>
              <MenuItem id="snooze-day" className="fu-menu-item">
                {m.snoozeDay}
              </MenuItem>
              <MenuItem id="snooze-week" className="fu-menu-item">
                {m.snoozeWeek}
              </MenuItem>
              <MenuItem id="snooze-date" className="fu-menu-item">
                {m.snoozeDate}
              </MenuItem>
            </Menu>
          </Popover>
        </MenuTrigger>
        <button type="button" onClick={act('reschedule')}>
          {m.reschedule}
        </button>
        <button type="button" className="fu-quiet" onClick={act('cancel')}>
          {m.cancelFollowUp}
        </button>
      </div>
    </li>
  );
}

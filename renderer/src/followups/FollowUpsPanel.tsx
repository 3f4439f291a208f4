import { useCallback, useContext, useEffect, useId, useState } from 'react';
import { addCalendarDays, calendarDateOf } from '../../../core/dates.ts';
import type { FollowUp, Reminders } from '../../../core/records.ts';
import { NavContext } from '../app/navigation.tsx';
import { api } from '../api.ts';
import { showNotice, showUndoToast } from '../event/undo-toast.tsx';
import { useLang, useMessages } from '../i18n/lang.tsx';
import { formatDate } from '../ui/dates.ts';
import { DoneDialog } from './DoneDialog.tsx';
import type { FollowUpAction } from './FollowUpItem.tsx';
import { FollowUpItem } from './FollowUpItem.tsx';
import { daysLeftInWeek } from './format.ts';
import { messages } from './messages.ts';
import { parseReminderNotice, ReminderBanner } from './ReminderBanner.tsx';
import type { ReminderNotice } from './ReminderBanner.tsx';
import { RescheduleDialog } from './RescheduleDialog.tsx';
import { SnoozeDialog } from './SnoozeDialog.tsx';
import './followups.css';

export interface FollowUpsPanelProps {
  onOpenEvent(id: string): void;
  /** Scroll to and focus this follow-up (e.g. opened from a system notification). */
  focusFollowUpId?: string | undefined;
}

type Bucket = 'overdue' | 'today' | 'upcoming' | 'later';
const BUCKETS: Bucket[] = ['overdue', 'today', 'upcoming', 'later'];

const why = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** What is due: overdue, today, this week, later — each follow-up with its event, window, wording and place, and what to do. */
export function FollowUpsPanel({ onOpenEvent, focusFollowUpId }: FollowUpsPanelProps) {
  const m = useMessages(messages);
  const lang = useLang();
  const nav = useContext(NavContext);
  const headingId = useId();
  const [today, setToday] = useState(() => calendarDateOf(new Date()));
  const [data, setData] = useState<Reminders | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [dialog, setDialog] = useState<{ kind: 'done' | 'snooze' | 'reschedule'; followUp: FollowUp } | null>(null);
  const [notice, setNotice] = useState<ReminderNotice | null>(null);
  const [focusId, setFocusId] = useState(focusFollowUpId);
  const dataVersion = nav?.dataVersion;

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const changed = useCallback(() => {
    reload();
    nav?.dataChanged();
  }, [reload, nav]);

  useEffect(() => setFocusId(focusFollowUpId), [focusFollowUpId]);

  useEffect(() => {
    let live = true;
    api.invoke('reminders.due', { at: today, withinDays: daysLeftInWeek(today, lang) }).then(
      (r) => {
        if (!live) return;
        setData(r);
        setError(null);
      },
      (e: unknown) => live && setError(why(e)),
    );
    return () => {
      live = false;
    };
  }, [today, lang, version, dataVersion]);

  // The panel may stay open past midnight: "today" moves on by itself.
  useEffect(() => {
    const timer = window.setInterval(() => setToday((t) => (calendarDateOf(new Date()) === t ? t : calendarDateOf(new Date()))), 60_000);
    return () => window.clearInterval(timer);
  }, []);

  // Reminders pushed by the main process refresh the panel and show in it.
  useEffect(() => {
    const off = window.chancery?.onReminder?.((payload) => {
      const n = parseReminderNotice(payload);
      if (n) setNotice(n);
      setToday(calendarDateOf(new Date()));
      reload();
    });
    return off;
  }, [reload]);

  useEffect(() => {
    if (!focusId || !data) return;
    const el = document.getElementById(`followup-${focusId}`);
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.focus();
    }
  }, [focusId, data]);

  const run = async (job: () => Promise<FollowUp>, done: (f: FollowUp) => void) => {
    try {
      done(await job());
    } catch (e) {
      showNotice(m.actionFailed(why(e)), 10_000);
    }
    changed();
  };

  const reopenToast = (message: string, f: FollowUp) =>
    showUndoToast({
      message,
      undoLabel: m.undo,
      dismissLabel: m.dismiss,
      onUndo: async () => {
        try {
          await api.invoke('followUps.reopen', { id: f.id });
        } catch (e) {
          showNotice(m.actionFailed(why(e)), 10_000);
        }
        changed();
      },
    });

  const onAction = (action: FollowUpAction, f: FollowUp) => {
    switch (action) {
      case 'done':
        return setDialog({ kind: 'done', followUp: f });
      case 'reschedule':
        return setDialog({ kind: 'reschedule', followUp: f });
      case 'snooze-date':
        return setDialog({ kind: 'snooze', followUp: f });
      case 'snooze-day':
      case 'snooze-week': {
        const until = addCalendarDays(today, action === 'snooze-day' ? 1 : 7);
        return void run(
          () => api.invoke('followUps.snooze', { id: f.id, until }),
          (u) => showNotice(m.snoozed(u.title, formatDate(until, lang))),
        );
      }
      case 'cancel':
        return void run(
          () => api.invoke('followUps.cancel', { id: f.id }),
          (u) => reopenToast(m.cancelled(u.title), u),
        );
    }
  };

  const closeDialog = () => setDialog(null);
  const afterDialog = (message: (f: FollowUp) => string, undoable: boolean) => (u: FollowUp) => {
    setDialog(null);
    if (undoable) reopenToast(message(u), u);
    else showNotice(message(u));
    changed();
  };

  const total = data ? BUCKETS.reduce((n, b) => n + data.counts[b], 0) : 0;

  return (
    <section className="fu-panel" aria-labelledby={headingId}>
      <header className="fu-header">
        <h1 id={headingId}>{m.heading}</h1>
        {data ? <span className="fu-total">{m.count(total)}</span> : null}
      </header>
      {notice ? (
        <ReminderBanner
          notice={notice}
          onDismiss={() => setNotice(null)}
          onShow={(id) => {
            setFocusId(id);
            setNotice(null);
          }}
        />
      ) : null}
      {error ? (
        <div role="alert" className="fu-error">
          {m.loadFailed(error)}{' '}
          <button type="button" onClick={reload}>
            {m.retry}
          </button>
        </div>
      ) : null}
      {!data && !error ? <p aria-busy="true">{m.loading}</p> : null}
      {data && total === 0 ? <p className="fu-muted">{m.allClear}</p> : null}
      {data && total > 0
        ? BUCKETS.map((bucket) => (
            <BucketSection
              key={bucket}
              bucket={bucket}
              items={data[bucket]}
              count={data.counts[bucket]}
              focusId={focusId}
              onOpenEvent={onOpenEvent}
              onAction={onAction}
            />
          ))
        : null}
      {dialog?.kind === 'done' ? <DoneDialog followUp={dialog.followUp} today={today} onClose={closeDialog} onDone={afterDialog((f) => m.completed(f.title), true)} /> : null}
      {dialog?.kind === 'snooze' ? (
        <SnoozeDialog followUp={dialog.followUp} today={today} onClose={closeDialog} onDone={afterDialog((f) => m.snoozed(f.title, formatDate(f.snoozedUntil ?? today, lang)), false)} />
      ) : null}
      {dialog?.kind === 'reschedule' ? (
        <RescheduleDialog followUp={dialog.followUp} today={today} onClose={closeDialog} onDone={afterDialog((f) => m.rescheduled(f.title), false)} />
      ) : null}
    </section>
  );
}

function BucketSection(props: {
  bucket: Bucket;
  items: FollowUp[];
  count: number;
  focusId: string | undefined;
  onOpenEvent(id: string): void;
  onAction(action: FollowUpAction, f: FollowUp): void;
}) {
  const m = useMessages(messages);
  const id = useId();
  return (
    <section className={`fu-section fu-${props.bucket}`} aria-labelledby={id}>
      <h2 id={id}>
        {m[props.bucket]} <span className="fu-count">{props.count}</span>
      </h2>
      {props.items.length === 0 ? (
        <p className="fu-muted fu-empty">{m.emptySection}</p>
      ) : (
        <ul className="fu-list">
          {props.items.map((f) => (
            <FollowUpItem key={f.id} followUp={f} highlighted={f.id === props.focusId} onOpenEvent={props.onOpenEvent} onAction={props.onAction} />
          ))}
        </ul>
      )}
      {props.count > props.items.length ? <p className="fu-muted">{m.moreNotShown(props.count - props.items.length)}</p> : null}
    </section>
  );
}

import { useMessages } from '../i18n/lang.tsx';
import { messages } from './messages.ts';

export interface ReminderNotice {
  followUps: { id: string; title: string; eventTitle: string; missed?: boolean }[];
}

/** What the main process just reminded about, shown in the app as well as by the system. */
export function ReminderBanner({ notice, onDismiss, onShow }: { notice: ReminderNotice; onDismiss(): void; onShow(id: string): void }) {
  const m = useMessages(messages);
  return (
    <div className="fu-banner" role="status">
      <strong>{m.reminderBanner(notice.followUps.length)}</strong>
      <ul>
        {notice.followUps.slice(0, 5).map((f) => (
          <li key={f.id}>
            <button type="button" className="fu-link" onClick={() => onShow(f.id)}>
              {f.title}
            </button>{' '}
            <span className="fu-muted">
              — {f.eventTitle}
              {f.missed ? ` (${m.missed})` : ''}
            </span>
          </li>
        ))}
      </ul>
      <button type="button" className="fu-dismiss" aria-label={m.dismiss} onClick={onDismiss}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}

/** The preload's payload arrives untyped across the process boundary: keep only what has the expected shape. */
export function parseReminderNotice(payload: unknown): ReminderNotice | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const list = (payload as { followUps?: unknown }).followUps;
  if (!Array.isArray(list)) return null;
  const followUps = list.flatMap((f: unknown) => {
    if (typeof f !== 'object' || f === null) return [];
    const { id, title, eventTitle, missed } = f as Record<string, unknown>;
    if (typeof id !== 'string' || typeof title !== 'string') return [];
    return [{ id, title, eventTitle: typeof eventTitle === 'string' ? eventTitle : '', missed: missed === true }];
  });
  return followUps.length ? { followUps } : null;
}

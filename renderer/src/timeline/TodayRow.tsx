import { memo } from 'react';
import type { FollowUp, Reminders } from '../../../core/records.ts';
import { daysBetween } from '../../../core/dates.ts';
import type { Lang } from '../../../core/taxonomy.ts';
import { formatDate, formatShortDate } from '../ui/dates.ts';
import { messages } from './messages.ts';
import { FOLLOW_UPS_SHOWN } from './rows.ts';

/** How far ahead the ranges are drawn. */
const HORIZON_DAYS = 90;

/** The first follow-ups ahead, overdue first (the timeline asks for this many per bucket). */
export function followUpsAhead(r: Reminders | null): { item: FollowUp; overdue: boolean }[] {
  if (!r) return [];
  return [
    ...r.overdue.map((item) => ({ item, overdue: true })),
    ...[...r.today, ...r.upcoming, ...r.later].map((item) => ({ item, overdue: false })),
  ].slice(0, FOLLOW_UPS_SHOWN);
}

/** Every open follow-up, from the full counts: the lists hold only the first few. */
export function followUpsAheadCount(r: Reminders | null): number {
  return r ? r.counts.overdue + r.counts.today + r.counts.upcoming + r.counts.later : 0;
}

function dueLabel(f: FollowUp, lang: Lang): string {
  if (f.due.kind === 'date') return formatDate(f.due.date, lang);
  return `${formatShortDate(f.due.from, lang)} – ${formatDate(f.due.to, lang)}`;
}

function span(f: FollowUp, today: string): { left: number; width: number } {
  const clamp = (d: number) => Math.max(0, Math.min(HORIZON_DAYS, d));
  const from = f.due.kind === 'date' ? f.due.date : f.due.from;
  const to = f.due.kind === 'date' ? f.due.date : f.due.to;
  const a = clamp(daysBetween(today, from));
  const b = clamp(daysBetween(today, to));
  return { left: (a / HORIZON_DAYS) * 100, width: Math.max(((b - a) / HORIZON_DAYS) * 100, 0.8) };
}

/** The "today" marker, with the open follow-ups ahead and their windows drawn as ranges. */
export const TodayRow = memo(function TodayRow({ today, reminders, lang, onOpenFollowUp, onShowAll }: {
  today: string;
  reminders: Reminders | null;
  lang: Lang;
  onOpenFollowUp: (id: string) => void;
  onShowAll: () => void;
}) {
  const m = messages[lang];
  const ahead = followUpsAhead(reminders);
  const more = followUpsAheadCount(reminders) - ahead.length;
  return (
    <section className="today" aria-label={`${m.today}, ${formatDate(today, lang)}`}>
      <div className="today-head">
        <span className="today-label">{m.today}</span>
        <span className="today-date">{formatDate(today, lang)}</span>
        {/* Until they are known (they follow the first rows), say nothing rather than "none". */}
        {reminders && ahead.length === 0 ? <span className="today-none">{m.noFollowUpsAhead}</span> : null}
      </div>
      {ahead.length > 0 ? (
        <ul className="today-list">
          {ahead.map(({ item, overdue }) => {
            const s = span(item, today);
            return (
              <li key={item.id} className={overdue ? 'today-fu today-fu--overdue' : 'today-fu'}>
                <button type="button" className="link" onClick={() => onOpenFollowUp(item.id)}>
                  {item.title}
                </button>
                <span className="today-due">
                  {overdue ? `${m.overdue} · ` : ''}
                  {item.wording ? `« ${item.wording} » · ` : ''}
                  {dueLabel(item, lang)}
                </span>
                <span className="today-track" aria-hidden="true">
                  <span className="today-range" style={{ left: `${s.left}%`, width: `${s.width}%` }} />
                </span>
              </li>
            );
          })}
          {more > 0 ? (
            <li className="today-more">
              <button type="button" className="link" onClick={onShowAll}>
                {m.moreFollowUps(more)}
              </button>
            </li>
          ) : null}
        </ul>
      ) : null}
    </section>
  );
});

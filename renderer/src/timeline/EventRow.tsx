import { memo } from 'react';
import type { EventSummary } from '../../../core/records.ts';
import type { Lang } from '../../../core/taxonomy.ts';
import { kindLabel } from '../../../core/taxonomy.ts';
import { formatDate, formatShortDate } from '../ui/dates.ts';
import { countryLabel } from '../ui/labels.ts';
import { messages } from './messages.ts';

function dateCell(e: EventSummary, lang: Lang): string {
  if (e.precision === 'year') return `≈ ${e.date.slice(0, 4)}`;
  if (e.precision === 'month') return `≈ ${formatDate(e.date, lang, 'month').split(' ')[0]}`;
  if (e.endDate && e.endDate !== e.date) return `${formatShortDate(e.date, lang)} – ${formatShortDate(e.endDate, lang)}`;
  return formatShortDate(e.date, lang);
}

/** One event line: kept to a handful of DOM nodes, because thousands scroll past. */
export const EventRow = memo(function EventRow({ event, lang, onOpen }: { event: EventSummary | undefined; lang: Lang; onOpen: (id: string) => void }) {
  const m = messages[lang];
  if (!event) {
    return (
      <div className="ev-row ev-row--loading" aria-busy="true">
        <span className="ev-skeleton">{m.loadingEvent}</span>
      </div>
    );
  }
  const approximate = event.precision !== 'day';
  const meta = [
    kindLabel(event.kind, lang),
    event.place,
    event.countries.map((c) => countryLabel(c, lang)).join(', '),
    event.people.slice(0, 3).join(', ') + (event.people.length > 3 ? ' …' : ''),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <div className="ev-row" onClick={() => onOpen(event.id)} data-event-id={event.id}>
      <span className={approximate ? 'ev-date ev-date--approx' : 'ev-date'} title={approximate ? m.approximate : undefined}>
        {dateCell(event, lang)}
        {approximate ? <span className="sr-only"> ({m.approximate})</span> : null}
      </span>
      <span className="ev-main">
        <button type="button" className="ev-title" onClick={(e) => { e.stopPropagation(); onOpen(event.id); }}>
          {event.title}
        </button>
        <span className="ev-meta">{meta}</span>
      </span>
      {event.openFollowUps > 0 ? (
        <span className="ev-followups" title={m.openFollowUps(event.openFollowUps)}>
          <span aria-hidden="true">↻ {event.openFollowUps}</span>
          <span className="sr-only">{m.openFollowUps(event.openFollowUps)}</span>
        </span>
      ) : null}
    </div>
  );
});

import { useEffect, useId, useState } from 'react';
import type { HistoryEntry } from '../../../core/records.ts';
import { api } from '../api.ts';
import { useLang, useMessages } from '../i18n/lang.tsx';
import { formatInstant } from '../ui/dates.ts';
import { messages } from './messages.ts';

type M = (typeof messages)['en'];

const FIELD_LABELS: Record<string, (m: M) => string> = {
  title: (m) => m.title,
  kind: (m) => m.kind,
  date: (m) => m.date,
  precision: (m) => m.precision,
  endDate: (m) => m.endDate,
  place: (m) => m.place,
  countries: (m) => m.countries,
  organisations: (m) => m.organisations,
  participants: (m) => m.people,
  people: (m) => m.people,
  topics: (m) => m.topics,
  summary: (m) => m.summary,
  sourceText: (m) => m.sourceText,
  sources: (m) => m.sources,
  followUps: (m) => m.followUps,
};

const IGNORED = new Set(['updatedAt', 'createdAt', 'id']);

/** The top-level fields an update changed, named in the interface language. */
export function changedFields(entry: HistoryEntry, m: M): string[] {
  const { before, after } = entry;
  if (typeof before !== 'object' || typeof after !== 'object' || !before || !after) return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
  const out: string[] = [];
  for (const key of keys) {
    if (IGNORED.has(key) || JSON.stringify(b[key]) === JSON.stringify(a[key])) continue;
    out.push(FIELD_LABELS[key]?.(m) ?? key);
  }
  return out;
}

/** An event's history, newest first: when, what was done, which fields changed. */
export function EventHistory({ eventId, refreshKey }: { eventId: string; refreshKey?: unknown }) {
  const m = useMessages(messages);
  const lang = useLang();
  const headingId = useId();
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.invoke('events.history', { id: eventId }).then(
      (list) => live && setEntries([...list].sort((x, y) => y.at.localeCompare(x.at))),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [eventId, refreshKey]);

  return (
    <section className="ef-history" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.history}</h2>
      {error ? <p className="ef-error">{m.historyFailed(error)}</p> : null}
      {entries && entries.length === 0 ? <p className="ef-muted">{m.historyEmpty}</p> : null}
      {entries && entries.length > 0 ? (
        <ol className="ef-history-list">
          {entries.map((entry) => {
            const fields = entry.action === 'update' ? changedFields(entry, m) : [];
            return (
              <li key={entry.id}>
                <time dateTime={entry.at}>{formatInstant(entry.at, lang)}</time>
                <span className="ef-history-action">{m.historyAction(entry.action)}</span>
                {fields.length > 0 ? <span className="ef-muted">{m.historyFields(fields.join(', '))}</span> : null}
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}

import type { EventSummary } from '../../../core/records.ts';
import { api } from '../api.ts';
import { useLang, useMessages } from '../i18n/lang.tsx';
import { formatSpan } from '../ui/dates.ts';
import { LookupComboBox } from '../ui/LookupComboBox.tsx';
import { useLookup } from '../ui/useLookup.ts';
import { messages } from './messages.ts';

/**
 * Picks the event that fulfilled a follow-up: the most recent events at first, then full-text
 * search results as you type (accent-insensitive, like the app's search).
 */
export function EventPicker({ excludeId, value, onChange }: { excludeId: string; value: EventSummary | null; onChange(event: EventSummary | null): void }) {
  const m = useMessages(messages);
  const lang = useLang();
  const { field } = useLookup<EventSummary>({
    value,
    labelOf: (e) => e.title,
    find: async (query) => {
      const events = query
        ? (await api.invoke('search', { query, limit: 12 })).items.map((h) => h.event)
        : (await api.invoke('events.list', { order: 'desc', limit: 12 })).items;
      return events.filter((e) => e.id !== excludeId);
    },
    onChange,
    deps: [excludeId],
  });

  return (
    <LookupComboBox<EventSummary>
      {...field}
      label={m.doneBy}
      hint={m.doneByHint}
      empty={m.noEvents}
    >
      {(e) => (
        <>
          <span>{e.title}</span>
          <span className="muted">{formatSpan(e.date, e.endDate, e.precision, lang)}</span>
        </>
      )}
    </LookupComboBox>
  );
}

import { useEffect, useState } from 'react';
import type { Key } from 'react-aria-components';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import type { EventSummary } from '../../../core/records.ts';
import { api } from '../api.ts';
import { useLang, useMessages } from '../i18n/lang.tsx';
import { formatSpan } from '../ui/dates.ts';
import { useDebounced } from '../ui/useDebounced.ts';
import { messages } from './messages.ts';

/**
 * Picks the event that fulfilled a follow-up: the most recent events at first, then full-text
 * search results as you type (accent-insensitive, like the app's search).
 */
export function EventPicker({ excludeId, value, onChange }: { excludeId: string; value: EventSummary | null; onChange(event: EventSummary | null): void }) {
  const m = useMessages(messages);
  const lang = useLang();
  const [text, setText] = useState(value?.title ?? '');
  const query = useDebounced(text, 150);
  const [found, setFound] = useState<EventSummary[]>([]);

  useEffect(() => {
    let live = true;
    const q = query.trim();
    const request =
      q && q !== value?.title
        ? api.invoke('search', { query: q, limit: 12 }).then((r) => r.items.map((h) => h.event))
        : api.invoke('events.list', { order: 'desc', limit: 12 }).then((r) => r.items);
    request.then(
      (events) => live && setFound(events.filter((e) => e.id !== excludeId)),
      () => live && setFound([]),
    );
    return () => {
      live = false;
    };
  }, [query, excludeId, value?.title]);

  const items = value && !found.some((e) => e.id === value.id) ? [value, ...found] : found;
  const pick = (key: Key | null) => {
    const chosen = items.find((e) => e.id === key) ?? null;
    onChange(chosen);
    if (chosen) setText(chosen.title);
  };

  return (
    <div className="fu-picker">
      <ComboBox
        className="fu-field"
        items={items}
        inputValue={text}
        onInputChange={(t) => {
          setText(t);
          if (value && t !== value.title) onChange(null);
        }}
        selectedKey={value?.id ?? null}
        onSelectionChange={pick}
        menuTrigger="focus"
        allowsEmptyCollection
      >
        <Label>{m.doneBy}</Label>
        <div className="fu-combo-box">
          <Input className="fu-combo-input" />
          <Button className="fu-combo-toggle">
            <span aria-hidden="true">▾</span>
          </Button>
        </div>
        <Text slot="description" className="fu-hint">
          {m.doneByHint}
        </Text>
        <Popover className="fu-popover" placement="bottom start">
          <ListBox<EventSummary> className="fu-listbox" renderEmptyState={() => <span className="fu-option fu-muted">{m.noEvents}</span>}>
            {(e) => (
              <ListBoxItem id={e.id} textValue={e.title} className="fu-option">
                <span>{e.title}</span>
                <span className="fu-muted">{formatSpan(e.date, e.endDate, e.precision, lang)}</span>
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
    </div>
  );
}

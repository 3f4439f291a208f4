import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import type { EventSummary } from '../../../core/records.ts';
import { api } from '../api.ts';
import { useLang, useMessages } from '../i18n/lang.tsx';
import { formatSpan } from '../ui/dates.ts';
import { useLookup } from '../ui/useLookup.ts';
import { messages } from './messages.ts';

/**
 * Picks the event that fulfilled a follow-up: the most recent events at first, then full-text
 * search results as you type (accent-insensitive, like the app's search).
 */
export function EventPicker({ excludeId, value, onChange }: { excludeId: string; value: EventSummary | null; onChange(event: EventSummary | null): void }) {
  const m = useMessages(messages);
  const lang = useLang();
  const { text, setText, items, pick } = useLookup<EventSummary>({
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

import { useEffect, useState } from 'react';
import type { Key } from 'react-aria-components';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import type { Person } from '../../../core/records.ts';
import { api } from '../api.ts';
import { useLang, useMessages } from '../i18n/lang.tsx';
import { countryLabel } from '../ui/labels.ts';
import { useDebounced } from '../ui/useDebounced.ts';
import { messages } from './messages.ts';

/** Picks another person from the directory, found by any spelling, accents aside. */
export function PersonPicker({ excludeId, value, onChange }: { excludeId: string; value: Person | null; onChange(p: Person | null): void }) {
  const m = useMessages(messages);
  const lang = useLang();
  const [text, setText] = useState(value?.name ?? '');
  const query = useDebounced(text, 120);
  const [found, setFound] = useState<Person[]>([]);

  useEffect(() => {
    let live = true;
    api.invoke('directory.people', { query: query.trim() === value?.name ? '' : query.trim(), limit: 20 }).then(
      (people) => live && setFound(people.filter((p) => p.id !== excludeId)),
      () => live && setFound([]),
    );
    return () => {
      live = false;
    };
  }, [query, excludeId, value?.name]);

  const items = value && !found.some((p) => p.id === value.id) ? [value, ...found] : found;
  const pick = (key: Key | null) => {
    const chosen = items.find((p) => p.id === key) ?? null;
    onChange(chosen);
    if (chosen) setText(chosen.name);
  };

  return (
    <ComboBox className="combo" items={items} inputValue={text} onInputChange={(t) => { setText(t); if (value && t !== value.name) onChange(null); }} selectedKey={value?.id ?? null} onSelectionChange={pick} menuTrigger="focus" allowsEmptyCollection>
      <Label>{m.mergeWith}</Label>
      <div className="rel-combo-box">
        <Input className="rel-combo-input" />
        <Button className="rel-combo-toggle">
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      <Text slot="description" className="rel-hint">
        {m.mergeHint}
      </Text>
      <Popover className="popover" placement="bottom start">
        <ListBox<Person> className="listbox" renderEmptyState={() => <span className="listbox-empty">{m.noPeople}</span>}>
          {(p) => (
            <ListBoxItem id={p.id} textValue={p.name} className="listbox-item">
              <span>{p.name}</span>
              <span className="muted">{[p.title, p.country ? countryLabel(p.country, lang) : null].filter(Boolean).join(' · ')}</span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

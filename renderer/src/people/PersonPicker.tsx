import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import type { Person } from '../../../core/records.ts';
import { api } from '../api.ts';
import { useLang, useMessages } from '../i18n/lang.tsx';
import { countryLabel } from '../ui/labels.ts';
import { useLookup } from '../ui/useLookup.ts';
import { messages } from './messages.ts';

/** Picks another person from the directory, found by any spelling, accents aside. */
export function PersonPicker({ excludeId, value, onChange }: { excludeId: string; value: Person | null; onChange(p: Person | null): void }) {
  const m = useMessages(messages);
  const lang = useLang();
  const { text, setText, items, pick } = useLookup<Person>({
    value,
    labelOf: (p) => p.name,
    find: async (query) => (await api.invoke('directory.people', { query, limit: 20 })).filter((p) => p.id !== excludeId),
    onChange,
    deps: [excludeId],
  });

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

import type { ReactNode } from 'react';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import type { LookupField } from './useLookup.ts';

/**
 * A look-up field (a person, a side of a relation, the event that fulfilled a follow-up): a labelled
 * combo box with a hint under it, a toggle, and a list that says so when nothing matches. What it
 * finds comes from `useLookup`.
 */
export function LookupComboBox<T extends { id: string }>(props: LookupField<T> & {
  label: string;
  hint: string;
  empty: string;
  children(item: T): ReactNode;
}) {
  return (
    <ComboBox className="combo" items={props.items} inputValue={props.text} onInputChange={props.onInputChange} selectedKey={props.selectedKey} onSelectionChange={props.onSelectionChange} menuTrigger="focus" allowsEmptyCollection>
      <Label>{props.label}</Label>
      <div className="lookup-box">
        <Input className="lookup-input" />
        <Button className="lookup-toggle">
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      <Text slot="description" className="lookup-hint">
        {props.hint}
      </Text>
      <Popover className="popover" placement="bottom start">
        <ListBox<T> className="listbox" renderEmptyState={() => <span className="listbox-empty">{props.empty}</span>}>
          {(item) => (
            <ListBoxItem id={item.id} textValue={props.textValue(item)} className="listbox-item">
              {props.children(item)}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

import { useEffect, useState } from 'react';
import type { Key } from 'react-aria-components';
import { useDebounced } from './useDebounced.ts';

/** What `LookupComboBox` needs from `useLookup`: spread it onto the combo box. */
export interface LookupField<T> {
  items: T[];
  text: string;
  onInputChange(text: string): void;
  selectedKey: string | null;
  onSelectionChange(key: Key | null): void;
  textValue(item: T): string;
}

/**
 * The state of a combobox that looks choices up as the user types: the text, the debounced
 * look-up (the chosen item's own label asks for everything, so reopening shows the list), the
 * items with the current choice kept first, and the pick handler, as the combo box's props.
 */
export function useLookup<T extends { id: string }>(opts: {
  value: T | null;
  labelOf(item: T): string;
  find(query: string): Promise<T[]>;
  onChange(item: T | null): void;
  /** Values the look-up depends on besides the query (the language, an excluded id). */
  deps: readonly unknown[];
  /** Typing away from the chosen item's label lets go of it (a side of a relation is kept). */
  releaseOnEdit?: boolean;
}): { field: LookupField<T>; setText(text: string): void } {
  const { value, labelOf, find, onChange, deps, releaseOnEdit = true } = opts;
  const [text, setText] = useState(value ? labelOf(value) : '');
  const query = useDebounced(text, 120);
  const [found, setFound] = useState<T[]>([]);
  const valueLabel = value ? labelOf(value) : undefined;

  useEffect(() => {
    let live = true;
    find(query.trim() === valueLabel ? '' : query.trim()).then(
      (items) => live && setFound(items),
      () => live && setFound([]),
    );
    return () => {
      live = false;
    };
    // `find` is rebuilt on every render; what it depends on is listed in `deps`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, valueLabel, ...deps]);

  const items = value && !found.some((i) => i.id === value.id) ? [value, ...found] : found;
  const pick = (key: Key | null) => {
    const chosen = items.find((i) => i.id === key) ?? null;
    onChange(chosen);
    if (chosen) setText(labelOf(chosen));
  };
  const onInputChange = (t: string) => {
    setText(t);
    if (releaseOnEdit && value && t !== labelOf(value)) onChange(null);
  };
  return { field: { items, text, onInputChange, selectedKey: value?.id ?? null, onSelectionChange: pick, textValue: labelOf }, setText };
}

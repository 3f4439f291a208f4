import { useEffect, useState } from 'react';
import type { Key } from 'react-aria-components';
import { useDebounced } from './useDebounced.ts';

/**
 * The state of a combobox that looks choices up as the user types: the text, the debounced
 * look-up (the chosen item's own label asks for everything, so reopening shows the list), the
 * items with the current choice kept first, and the pick handler.
 */
export function useLookup<T extends { id: string }>(opts: {
  value: T | null;
  labelOf(item: T): string;
  find(query: string): Promise<T[]>;
  onChange(item: T | null): void;
  /** Values the look-up depends on besides the query (the language, an excluded id). */
  deps: readonly unknown[];
}) {
  const { value, labelOf, find, onChange, deps } = opts;
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
  return { text, setText, items, pick };
}

import { useContext, useEffect, useRef, useState } from 'react';
import type { ContextType } from 'react';
import type { Key } from 'react-aria-components';
import { Button, ComboBox, ComboBoxStateContext, FieldError, Input, Label, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import { fold } from '../../../../core/text.ts';
import { useMessages } from '../../i18n/lang.tsx';
import { useDebounced } from '../../ui/useDebounced.ts';
import { messages } from '../messages.ts';
import { useField } from './form-env.tsx';

export interface ComboOption {
  id: string;
  label: string;
  /** A second, quieter line: the person's title, the organisation's full name. */
  detail?: string;
}

interface Props<T> {
  field: string;
  label: string;
  /** Asks the directory; the API folds accents, so "wague" finds "Wagué". */
  load(query: string): Promise<T[]>;
  toOption(item: T): ComboOption;
  onPick(item: T): void;
  /** When given, typed text that matches no option exactly is offered as a new entry. */
  createLabel?(text: string): string;
  onCreate?(text: string): void;
  /** Controlled text for single-value fields (the place); without it the box empties after each pick. */
  value?: string;
  onValueChange?(text: string): void;
  /** Options already chosen, left out of the list. */
  exclude?: ReadonlySet<string>;
  placeholder?: string;
  error?: string;
  className?: string;
}

const CREATE = '\u0000create';

type ComboState = NonNullable<ContextType<typeof ComboBoxStateContext>>;


interface Row {
  key: string;
  label: string;
  detail?: string | undefined;
}

/**
 * An accessible autocomplete over one directory (React Aria's ComboBox: listbox semantics,
 * arrow keys, Escape, announcements). Results come from the API as you type; picking adds.
 */
export function DirectoryComboBox<T>(props: Props<T>) {
  const m = useMessages(messages);
  const [ownText, setOwnText] = useState('');
  const text = props.value ?? ownText;
  const setText = props.onValueChange ?? setOwnText;
  const query = useDebounced(text, 120);
  // The answer and the text it answered: until the answer to what is typed now comes, the last
  // one shows only its rows that still match, so the list never jumps under the pointer when the
  // answer lands (a row clicked in a list about to be replaced picked whatever took its place).
  const [answer, setAnswer] = useState<{ query: string; items: T[] }>({ query: '', items: [] });
  const load = useRef(props.load);
  load.current = props.load;
  const a11y = useField(props.field, undefined, props.error);

  useEffect(() => {
    let live = true;
    load.current(query).then(
      (found) => live && setAnswer({ query, items: found }),
      () => live && setAnswer({ query, items: [] }),
    );
    return () => {
      live = false;
    };
  }, [query]);

  const typed = text.trim();
  const stale = answer.query.trim() !== typed;
  const byKey = new Map<string, T>();
  const rows: Row[] = [];
  for (const item of answer.items) {
    const o = props.toOption(item);
    if (props.exclude?.has(o.id) || byKey.has(o.id)) continue;
    if (stale && !fold(`${o.label} ${o.detail ?? ''}`).includes(fold(typed))) continue;
    byKey.set(o.id, item);
    rows.push({ key: o.id, label: o.label, detail: o.detail });
  }
  const exact = rows.some((r) => fold(r.label) === fold(typed)) || (props.exclude ? [...props.exclude].some((x) => fold(x) === fold(typed)) : false);
  // Offered once the answer says the directory has no such entry, so it never moves under the pointer either.
  if (!stale && props.createLabel && props.onCreate && typed && !exact) rows.push({ key: CREATE, label: props.createLabel(typed) });

  const state = useRef<ComboState | null>(null);

  const pick = (key: Key | null) => {
    if (key === null) return;
    // With the selection controlled (always none), closing after a pick is ours to do.
    state.current?.close();
    if (key === CREATE) props.onCreate?.(typed);
    else {
      const item = byKey.get(String(key));
      if (item !== undefined) props.onPick(item);
    }
    if (props.value === undefined) setOwnText('');
  };

  const createOnEnter = () => {
    if (props.createLabel && props.onCreate && typed && !exact) {
      state.current?.close();
      props.onCreate(typed);
      if (props.value === undefined) setOwnText('');
    }
  };

  return (
    <ComboBox
      className={`ef-field ef-combo ${props.className ?? ''}`}
      data-field={props.field}
      items={rows}
      inputValue={text}
      onInputChange={setText}
      selectedKey={null}
      onSelectionChange={pick}
      allowsCustomValue
      allowsEmptyCollection
      menuTrigger="manual"
      isInvalid={Boolean(a11y.error)}
      validationBehavior="aria"
    >
      <Label>{props.label}</Label>
      <div className="ef-combo-box">
        <ComboInput placeholder={props.placeholder} onEnterUnfocused={createOnEnter} stateRef={state} />
        <Button className="ef-combo-toggle">
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      <FieldError className="ef-error">{a11y.error}</FieldError>
      <Popover className="ef-popover" placement="bottom start">
        <ListBox<Row> className="ef-listbox" renderEmptyState={() => <span className="ef-option ef-muted">{m.noMatch}</span>}>
          {(row) => (
            <ListBoxItem id={row.key} textValue={row.label} className={row.key === CREATE ? 'ef-option ef-option-create' : 'ef-option'}>
              <span className="ef-option-label">{row.label}</span>
              {row.detail ? <span className="ef-option-detail">{row.detail}</span> : null}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

/**
 * The list opens as the user types ("manual" trigger, opened here), never because the box was
 * emptied after a pick; Enter with no option highlighted creates the typed entry, so a new topic needs no mouse.
 */
function ComboInput({ placeholder, onEnterUnfocused, stateRef }: { placeholder?: string | undefined; onEnterUnfocused(): void; stateRef: { current: ComboState | null } }) {
  const state = useContext(ComboBoxStateContext);
  stateRef.current = state;
  const focusedBefore = state?.isOpen ? state.selectionManager.focusedKey : null;
  return (
    <Input
      className="ef-combo-input"
      placeholder={placeholder}
      onChange={(e) => {
        if (e.target.value.trim() && !state?.isOpen) state?.open(null, 'input');
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && focusedBefore == null) onEnterUnfocused();
      }}
    />
  );
}

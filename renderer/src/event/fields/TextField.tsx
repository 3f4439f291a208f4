import type { ChangeEvent } from 'react';
import { FieldMessage, useField, useFormId } from './form-env.tsx';

interface Props {
  /** The API's name for the field (`title`, `people[0].name`): where its errors land. */
  field: string;
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'date' | 'url';
  placeholder?: string;
  required?: boolean;
  className?: string;
  autoFocus?: boolean;
  readOnly?: boolean;
  /** For inputs with a visible label elsewhere (table columns): the accessible name. */
  hideLabel?: boolean;
  inputMode?: 'text' | 'numeric';
  /** Overrides the error looked up by `field` (a problem reported on a neighbouring path). */
  error?: string | undefined;
}

/** A labelled text input or textarea that shows its own API error and hint. */
export function TextField(props: Props) {
  const formId = useFormId();
  const hintId = props.hint ? `${formId}-hint-${props.field.replace(/[^a-zA-Z0-9]+/g, '-')}` : undefined;
  const { error, errorId, controlProps } = useField(props.field, hintId, props.error);
  const onChange = (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => props.onChange(e.target.value);
  const common = {
    ...controlProps,
    value: props.value,
    onChange,
    placeholder: props.placeholder,
    required: props.required,
    readOnly: props.readOnly,
    autoFocus: props.autoFocus,
    spellCheck: props.type === 'text' || props.type === undefined ? undefined : false,
  };
  return (
    <div className={`ef-field ${props.className ?? ''}`} data-field={props.field}>
      <label htmlFor={controlProps.id} className={props.hideLabel ? 'ef-visually-hidden' : undefined}>
        {props.label}
      </label>
      {props.multiline ? (
        <textarea {...common} rows={props.rows ?? 4} />
      ) : (
        <input {...common} type={props.type ?? 'text'} inputMode={props.inputMode} autoComplete="off" />
      )}
      {props.hint ? (
        <p id={hintId} className="ef-hint">
          {props.hint}
        </p>
      ) : null}
      <FieldMessage id={errorId}>{error}</FieldMessage>
    </div>
  );
}

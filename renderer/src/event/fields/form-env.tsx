import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { errorId, fieldId } from '../field-errors.ts';
import type { FieldErrors } from '../field-errors.ts';

/** What every field of one form shares: its id prefix (unique DOM ids) and the errors the API returned. */
export interface FormEnv {
  formId: string;
  errors: FieldErrors;
}

export const FormEnvContext = createContext<FormEnv>({ formId: 'event-form', errors: new Map() });

export interface FieldA11y {
  /** The problem to show, if any. */
  error: string | undefined;
  errorId: string;
  /** Spread on the control: id, aria-invalid, aria-describedby (error first, then any hint). */
  controlProps: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };
}

export function useField(field: string, hintId?: string, error?: string): FieldA11y {
  const { formId, errors } = useContext(FormEnvContext);
  const text = error ?? errors.get(field);
  const eid = errorId(formId, field);
  const describedBy = [text ? eid : undefined, hintId].filter(Boolean).join(' ');
  return {
    error: text,
    errorId: eid,
    controlProps: {
      id: fieldId(formId, field),
      ...(text ? { 'aria-invalid': true as const } : {}),
      ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    },
  };
}

export function useFormId(): string {
  return useContext(FormEnvContext).formId;
}

/** The message under a field; rendered only when there is one, so screen readers hear it once. */
export function FieldMessage({ id, children }: { id: string; children: ReactNode }) {
  if (!children) return null;
  return (
    <p id={id} className="ef-error">
      {children}
    </p>
  );
}

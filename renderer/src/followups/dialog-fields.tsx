import { useId } from 'react';
import type { FieldIssue } from '../../../core/errors.ts';
import { ApiError } from '../../../core/errors.ts';
import { localiseProblem } from '../event/field-errors.ts';
import { messages as eventMessages } from '../event/messages.ts';
import type { Lang } from '../../../core/taxonomy.ts';

export type DialogErrors = Record<string, string>;

/** An API failure as problems per field (`due`, `window.to`), worded in the interface language; '' holds the rest. */
export function dialogErrors(e: unknown, lang: Lang): DialogErrors {
  const issues: FieldIssue[] = e instanceof ApiError && e.issues.length ? e.issues : [{ field: '', problem: e instanceof Error ? e.message : String(e) }];
  const out: DialogErrors = {};
  for (const i of issues) out[i.field] = localiseProblem(i.problem, eventMessages[lang]);
  return out;
}

/** A labelled date input whose error is tied to it for assistive technology. */
export function DateInput({ label, value, onChange, error, min, autoFocus }: { label: string; value: string; onChange(v: string): void; error?: string | undefined; min?: string; autoFocus?: boolean }) {
  const id = useId();
  return (
    <div className="fu-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value}
        min={min}
        autoFocus={autoFocus}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error ? (
        <p id={`${id}-error`} className="fu-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Problems not tied to a shown field, announced at once. */
export function GeneralError({ errors, shown }: { errors: DialogErrors; shown: string[] }) {
  const rest = Object.entries(errors).filter(([field]) => !shown.includes(field));
  if (rest.length === 0) return null;
  return (
    <p role="alert" className="fu-error">
      {rest.map(([field, problem]) => (field ? `${field}: ${problem}` : problem)).join(' ')}
    </p>
  );
}

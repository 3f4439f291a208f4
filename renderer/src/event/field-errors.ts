/**
 * API validation issues, placed at the field they name. The API speaks English and names
 * fields by path (`people[0].name`, `followUps[0].window.to`); the form shows each problem
 * beside that field, in the interface language when we recognise it, verbatim otherwise.
 */
import type { FieldIssue } from '../../../core/errors.ts';
import type { messages } from './messages.ts';

type M = (typeof messages)['en'];

export type FieldErrors = ReadonlyMap<string, string>;

export function localiseProblem(problem: string, m: M): string {
  if (/must not be empty/.test(problem)) return m.problemEmpty;
  if (/^is required/.test(problem)) return m.problemRequired;
  if (/is not a calendar (date|month or year)/.test(problem)) return m.problemNotDate;
  if (/is not a date in the form|must be a date/.test(problem)) return m.problemDateForm;
  if (/is before/.test(problem)) return m.problemBefore;
  if (/web address|http and https/.test(problem)) return m.problemUrl;
  if (/ISO 3166/.test(problem)) return m.problemCountry;
  return problem;
}

/** One message per field; several problems on one field are joined. */
export function errorsFromIssues(issues: readonly FieldIssue[], m: M, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const issue of issues) {
    const field = prefix ? (issue.field ? `${prefix}.${issue.field}` : prefix) : issue.field;
    const text = localiseProblem(issue.problem, m);
    const before = out.get(field);
    out.set(field, before && before !== text ? `${before} ${text}` : text);
  }
  return out;
}

/** The DOM id of a field's error message: stable, and safe inside an id attribute. */
export function errorId(formId: string, field: string): string {
  return `${formId}-error-${field.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

/** The id of the element a field's error message describes, so the summary can link to it. */
export function fieldId(formId: string, field: string): string {
  return `${formId}-field-${field.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

/** Errors on a list's items (`countries[2]`) shown at the list itself. */
export function errorUnder(errors: FieldErrors, field: string): string | undefined {
  const own = errors.get(field);
  if (own) return own;
  for (const [key, text] of errors) if (key.startsWith(`${field}[`) || key.startsWith(`${field}.`)) return text;
  return undefined;
}

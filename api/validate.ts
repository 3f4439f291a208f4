import type { z } from 'zod';
import { ApiError, type FieldIssue } from '../core/errors.ts';

/** `['people', 0, 'name']` → `people[0].name`, the way a person reading the error thinks of it. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

function issuesOf(error: z.ZodError): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      // An empty key would vanish from the path; quote it so the field is still named.
      for (const key of issue.keys) out.push({ field: fieldPath([...issue.path, key === '' ? '""' : key]), problem: 'is not a known field' });
    } else if (issue.code === 'invalid_union' && issue.errors.length) {
      // Report the branch that got furthest rather than a bare "invalid input".
      out.push({ field: fieldPath(issue.path), problem: issue.message === 'Invalid input' ? 'has the wrong shape' : issue.message });
    } else {
      out.push({ field: fieldPath(issue.path), problem: issue.message });
    }
  }
  return out;
}

/** Parses an input at the boundary; a failure becomes an ApiError naming each field and its problem. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix = ''): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = issuesOf(result.error).map((i) => ({ field: prefix && i.field ? `${prefix}.${i.field}` : prefix || i.field, problem: i.problem }));
  const first = issues[0]!;
  const message = first.field ? `${first.field}: ${first.problem}` : first.problem;
  return ((): never => {
    throw new ApiError('invalid_input', issues.length > 1 ? `${message} (and ${issues.length - 1} more)` : message, issues);
  })();
}

/**
 * Every failure ends as one line on stderr and an exit code: 2 when the user's input or
 * command line is wrong, 1 for anything else. Never a stack trace.
 */
import { ApiError } from '../core/errors.ts';
import type { FieldIssue } from '../core/errors.ts';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** A mistake in how the command was called or in the file it was given. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function describeIssues(issues: readonly FieldIssue[], fallback: string): string {
  const [first] = issues;
  if (!first) return fallback;
  const head = first.field ? `${first.field}: ${first.problem}` : first.problem;
  const more = issues.length - 1;
  return more > 0 ? `${head} (and ${more} more problem${more === 1 ? '' : 's'})` : head;
}

export function failureOf(error: unknown): { line: string; exitCode: number } {
  if (error instanceof UsageError) return { line: oneLine(error.message), exitCode: EXIT_USAGE };
  if (error instanceof ApiError) {
    const usage = error.code === 'invalid_input' || error.code === 'unknown_method';
    return { line: oneLine(describeIssues(error.issues, error.message)), exitCode: usage ? EXIT_USAGE : EXIT_FAILURE };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { line: oneLine(message || 'unexpected failure'), exitCode: EXIT_FAILURE };
}

function oneLine(text: string): string {
  return `error: ${text.replace(/\s*\n\s*/g, ' ').trim()}`;
}

/**
 * The one error shape that crosses every boundary (IPC, HTTP preview, CLI).
 * It is plain data so it survives structured cloning and JSON unchanged.
 */
export type ApiErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'unknown_method'
  | 'forbidden'
  | 'store_unavailable'
  | 'internal';

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `people[0].name`; empty for the whole input. */
  field: string;
  problem: string;
}

export interface ApiErrorData {
  code: ApiErrorCode;
  message: string;
  issues: FieldIssue[];
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: FieldIssue[];

  constructor(code: ApiErrorCode, message: string, issues: FieldIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.issues = issues;
  }

  static invalid(field: string, problem: string): ApiError {
    return new ApiError('invalid_input', field ? `${field}: ${problem}` : problem, [{ field, problem }]);
  }

  static notFound(what: string, id: string): ApiError {
    return new ApiError('not_found', `${what} ${id} does not exist`, [{ field: 'id', problem: `no ${what} with id ${id}` }]);
  }

  toJSON(): ApiErrorData {
    return { code: this.code, message: this.message, issues: this.issues };
  }

  static fromData(data: ApiErrorData): ApiError {
    return new ApiError(data.code, data.message, data.issues);
  }
}

/** What `dispatch` returns: never throws across a process boundary. */
export type Envelope<T> = { ok: true; result: T } | { ok: false; error: ApiErrorData };

export function isApiErrorData(value: unknown): value is ApiErrorData {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiErrorData).code === 'string' &&
    typeof (value as ApiErrorData).message === 'string' &&
    Array.isArray((value as ApiErrorData).issues)
  );
}

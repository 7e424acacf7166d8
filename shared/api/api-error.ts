// The API's error, free of zod so the renderer can use it without loading any schema.

/** What went wrong, as a code the UI turns into Dutch and the CLI into English. */
export const ERROR_CODES = [
  'invalid-argument',
  'unknown-method',
  'not-found',
  'storage',
  'export',
  'unauthorized',
  /** The shell the app runs in cannot do this (opening files from the browser host). */
  'unsupported',
  /** Over one of the documented limits (shared/model/limits.ts): too much text, too many items, too deep. */
  'too-large',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorData {
  code: ErrorCode;
  /** English, for logs and the CLI. */
  message: string;
  /** Readable problems, e.g. `sections.0.title: expected string`. */
  details?: string[] | undefined;
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: string[] | undefined;

  constructor(code: ErrorCode, message: string, details?: string[]) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }

  toData(): ApiErrorData {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }

  static fromData(data: ApiErrorData): ApiError {
    return new ApiError(data.code, data.message, data.details);
  }
}

/** An error as it crossed a process boundary, checked by hand: the renderer loads no schemas. */
export function isApiErrorData(value: unknown): value is ApiErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message, details } = value as Record<string, unknown>;
  return (
    (ERROR_CODES as readonly unknown[]).includes(code) &&
    typeof message === 'string' &&
    (details === undefined || (Array.isArray(details) && details.every((line) => typeof line === 'string')))
  );
}

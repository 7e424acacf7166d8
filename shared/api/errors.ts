import { z } from 'zod';

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
  'internal',
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ApiErrorDataSchema = z.object({
  code: ErrorCodeSchema,
  /** English, for logs and the CLI. */
  message: z.string(),
  /** Readable problems, e.g. `sections.0.title: expected string`. */
  details: z.array(z.string()).optional(),
});
export type ApiErrorData = z.infer<typeof ApiErrorDataSchema>;

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

/** zod issues as `path: reason` lines a person can act on. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

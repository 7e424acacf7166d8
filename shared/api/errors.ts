import type { z } from 'zod';

export { ApiError, ERROR_CODES, isApiErrorData, type ApiErrorData, type ErrorCode } from './api-error';

/** zod issues as `path: reason` lines a person can act on. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

import { z } from 'zod';
import { ERROR_CODES, type ApiErrorData } from './api-error';

export { ApiError, ERROR_CODES, isApiErrorData, type ApiErrorData, type ErrorCode } from './api-error';

export const ErrorCodeSchema = z.enum(ERROR_CODES);

export const ApiErrorDataSchema: z.ZodType<ApiErrorData> = z.object({
  code: ErrorCodeSchema,
  message: z.string(),
  details: z.array(z.string()).optional(),
});

/** zod issues as `path: reason` lines a person can act on. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

import { z } from 'zod';
import type { Envelope } from './client';
import { ApiError, describeIssues, type ApiErrorData } from './errors';
import { contract, isMethodName, type NotulistCore } from './contract';
import { isValidated } from './validated';

export type { Envelope } from './client';

/**
 * The server side of every transport: checks the method name, validates the argument,
 * calls the core and validates its result. Never throws.
 */
export async function dispatch(core: NotulistCore, method: string, rawArgs: unknown): Promise<Envelope> {
  try {
    if (!isMethodName(method)) throw new ApiError('unknown-method', `unknown method: ${method}`);
    const spec = contract[method];
    const parsed = spec.args.safeParse(rawArgs);
    if (!parsed.success) {
      throw new ApiError('invalid-argument', `invalid argument for ${method}`, describeIssues(parsed.error));
    }
    // The mapped NotulistCore type cannot be indexed by a union key without widening.
    const handler = core[method] as (args: unknown) => Promise<unknown>;
    const result = await handler(parsed.data);
    const value = isValidated(spec.result, result) ? result : spec.result.parse(result);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: toErrorData(error) };
  }
}

export function toErrorData(error: unknown): ApiErrorData {
  if (error instanceof ApiError) return error.toData();
  if (error instanceof z.ZodError) {
    return { code: 'internal', message: 'result failed its schema', details: describeIssues(error) };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message };
}

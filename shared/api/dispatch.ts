import { z } from 'zod';
import { ApiError, ApiErrorDataSchema, describeIssues, type ApiErrorData } from './errors';
import { contract, isMethodName, METHOD_NAMES, type NotulistApi, type NotulistCore } from './contract';

/** How every answer crosses a process boundary: errors keep their code. */
export type Envelope = { ok: true; value: unknown } | { ok: false; error: ApiErrorData };

export const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ApiErrorDataSchema }),
]);

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
    const value = spec.result.parse(await handler(parsed.data));
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

/** A transport sends one call and returns its envelope (IPC invoke, HTTP POST, or a direct call). */
export type Transport = (method: string, args: unknown) => Promise<unknown>;

/** The client side of every transport: one typed method per contract entry. */
export function createClient(transport: Transport): NotulistApi {
  const client: Record<string, (args?: unknown) => Promise<unknown>> = {};
  for (const method of METHOD_NAMES) {
    client[method] = async (args?: unknown) => {
      const envelope = EnvelopeSchema.safeParse(await transport(method, args ?? {}));
      if (!envelope.success) throw new ApiError('internal', `malformed answer to ${method}`);
      if (!envelope.data.ok) throw ApiError.fromData(envelope.data.error);
      return envelope.data.value;
    };
  }
  return client as NotulistApi;
}

import { ApiError, isApiErrorData, type ApiErrorData } from './api-error';
import type { NotulistApi } from './contract';

/** How every answer crosses a process boundary: errors keep their code. */
export type Envelope = { ok: true; value: unknown } | { ok: false; error: ApiErrorData };

/** A transport sends one call and returns its envelope (IPC invoke, HTTP POST, or a direct call). */
export type Transport = (method: string, args: unknown) => Promise<unknown>;

function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const envelope = value as Record<string, unknown>;
  return envelope.ok === true ? 'value' in envelope : envelope.ok === false && isApiErrorData(envelope.error);
}

/**
 * The client side of every transport: one typed method per contract entry. The method names come
 * from the contract's type, not its schemas, so the renderer loads no zod: the core has validated
 * every answer before sending it, and checks every argument it receives.
 */
export function createClient(transport: Transport): NotulistApi {
  const call = async (method: string, args?: unknown): Promise<unknown> => {
    const envelope = await transport(method, args ?? {});
    if (!isEnvelope(envelope)) throw new ApiError('internal', `malformed answer to ${method}`);
    if (!envelope.ok) throw ApiError.fromData(envelope.error);
    return envelope.value;
  };
  const methods = new Map<string, (args?: unknown) => Promise<unknown>>();
  return new Proxy({} as NotulistApi, {
    get(target, property) {
      // The object's own and inherited members stay what they are (toString, added fields).
      if (property in target) return Reflect.get(target, property);
      // Not a method: symbols, and `then`, so that awaiting the client does not call the core.
      if (typeof property !== 'string' || property === 'then') return undefined;
      let method = methods.get(property);
      if (!method) {
        method = (args?: unknown) => call(property, args);
        methods.set(property, method);
      }
      return method;
    },
  });
}

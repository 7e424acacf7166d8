import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NotulistCore } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import { admit, readJsonBody, refusal, refuseUnlessPost, type HostKeys, type Refusal } from './api-request';
import { sendEnvelope } from './responses';

/** A %-encoded path segment, or undefined when its encoding is malformed. */
function decodePathPart(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** The method and arguments a request asks for, or how to refuse it. */
async function readCall(request: IncomingMessage, rawMethod: string): Promise<{ ok: true; method: string; args: unknown } | Refusal> {
  const notPost = refuseUnlessPost(request);
  if (notPost) return notPost;
  const method = decodePathPart(rawMethod);
  if (method === undefined) return refusal('malformed method name in the path');
  const body = await readJsonBody(request);
  return body.ok ? { ok: true, method, args: body.value } : body;
}

/** POST /api/<method>: one call, answered with its envelope. */
export async function handleApi(core: NotulistCore, keys: HostKeys, request: IncomingMessage, response: ServerResponse, rawMethod: string): Promise<void> {
  const admitted = admit(keys, request, response);
  if (!admitted) return;
  const call = await readCall(request, rawMethod);
  if (!call.ok) return call.answer(response);
  sendEnvelope(response, await dispatch(core, call.method, call.args), admitted);
}

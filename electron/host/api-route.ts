import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NotulistCore } from '../../shared/api/contract';
import { dispatch, type Envelope } from '../../shared/api/dispatch';
import { readBody } from './request-body';
import { hasSessionCookie, hasToken, sessionCookie } from './request-guard';
import { JSON_TYPE, send, sendEnvelope, TEXT } from './responses';

/** What lets a caller in: the printed link's token, or the session cookie traded for it. */
export interface HostKeys {
  token: string;
  sessionSecret: string;
  /** The port the host listens on, known once it listens. */
  port: number;
}

/** A %-encoded path segment, or undefined when its encoding is malformed. */
function decodePathPart(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

type Call = { ok: true; method: string; args: unknown } | { ok: false; answer(response: ServerResponse): void };

const refusal = (message: string): Call => ({ ok: false, answer: (response) => sendEnvelope(response, { ok: false, error: { code: 'invalid-argument', message } }) });

/** The method and arguments a request asks for, or how to refuse it. */
async function readCall(request: IncomingMessage, rawMethod: string): Promise<Call> {
  if (request.method !== 'POST') return { ok: false, answer: (response) => send(response, 405, TEXT, 'use POST', 'no-store', { Allow: 'POST' }) };
  const method = decodePathPart(rawMethod);
  if (method === undefined) return refusal('malformed method name in the path');
  if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) return refusal('expected application/json');
  const body = await readBody(request);
  if (!body.ok) {
    // Said before the rest is read; the connection closes after the answer.
    const tooLarge: Envelope = { ok: false, error: { code: 'invalid-argument', message: 'request body too large' } };
    return { ok: false, answer: (response) => send(response, 413, JSON_TYPE, JSON.stringify(tooLarge), 'no-store', { Connection: 'close' }) };
  }
  try {
    return { ok: true, method, args: body.text.length === 0 ? undefined : JSON.parse(body.text) };
  } catch {
    return refusal('request body is not JSON');
  }
}

/** POST /api/<method>: who asks is checked before anything in the path or body is looked at. */
export async function handleApi(core: NotulistCore, keys: HostKeys, request: IncomingMessage, response: ServerResponse, rawMethod: string): Promise<void> {
  const byToken = hasToken(request.headers, keys.token);
  if (!byToken && !hasSessionCookie(request.headers, keys.port, keys.sessionSecret)) {
    sendEnvelope(response, { ok: false, error: { code: 'unauthorized', message: 'missing or wrong token' } });
    return;
  }
  const call = await readCall(request, rawMethod);
  if (!call.ok) return call.answer(response);
  // A page holding the printed token trades it for the session cookie with its first calls.
  const cookie: Record<string, string> = byToken ? { 'Set-Cookie': sessionCookie(keys.port, keys.sessionSecret) } : {};
  sendEnvelope(response, await dispatch(core, call.method, call.args), cookie);
}

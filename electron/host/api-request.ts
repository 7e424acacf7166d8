import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Envelope } from '../../shared/api/dispatch';
import { readBody } from './request-body';
import { hasSessionCookie, hasToken, sessionCookie } from './request-guard';
import { JSON_TYPE, send, sendEnvelope, TEXT } from './responses';

// The checks every API route makes, in the same order and with the same answers.

/** What lets a caller in: the printed link's token, or the session cookie traded for it. */
export interface HostKeys {
  token: string;
  sessionSecret: string;
  /** The port the host listens on, known once it listens. */
  port: number;
}

/** A request the route will not carry out, and how to say so. */
export interface Refusal {
  ok: false;
  answer(response: ServerResponse): void;
}

export const invalidArgument = (message: string, details?: string[]): Envelope => ({
  ok: false,
  error: details ? { code: 'invalid-argument', message, details } : { code: 'invalid-argument', message },
});

export const refusal = (message: string): Refusal => ({ ok: false, answer: (response) => sendEnvelope(response, invalidArgument(message)) });

/**
 * Who asks is checked before anything in the path or body is looked at. Answers 401 and gives
 * undefined to a stranger; otherwise gives the headers a successful answer carries: a page
 * holding the printed token trades it for the session cookie with its first calls.
 */
export function admit(keys: HostKeys, request: IncomingMessage, response: ServerResponse): Record<string, string> | undefined {
  if (hasToken(request.headers, keys.token)) return { 'Set-Cookie': sessionCookie(keys.port, keys.sessionSecret) };
  if (hasSessionCookie(request.headers, keys.port, keys.sessionSecret)) return {};
  sendEnvelope(response, { ok: false, error: { code: 'unauthorized', message: 'missing or wrong token' } });
  return undefined;
}

/** The API is called with POST only. */
export function refuseUnlessPost(request: IncomingMessage): Refusal | undefined {
  if (request.method === 'POST') return undefined;
  return { ok: false, answer: (response) => send(response, 405, TEXT, 'use POST', 'no-store', { Allow: 'POST' }) };
}

/** The request's JSON body (undefined when empty), or how to refuse it: wrong type, too large, not JSON. */
export async function readJsonBody(request: IncomingMessage): Promise<{ ok: true; value: unknown } | Refusal> {
  if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) return refusal('expected application/json');
  const body = await readBody(request);
  if (!body.ok) {
    // Said before the rest is read; the connection closes after the answer.
    const tooLarge = invalidArgument('request body too large');
    return { ok: false, answer: (response) => send(response, 413, JSON_TYPE, JSON.stringify(tooLarge), 'no-store', { Connection: 'close' }) };
  }
  try {
    return { ok: true, value: body.text.length === 0 ? undefined : JSON.parse(body.text) };
  } catch {
    return refusal('request body is not JSON');
  }
}

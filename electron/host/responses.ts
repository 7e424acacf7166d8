import type { ServerResponse } from 'node:http';
import type { Envelope } from '../../shared/api/dispatch';
import type { ErrorCode } from '../../shared/api/errors';
import { CONTENT_SECURITY_POLICY } from '../core/page/content-security-policy';

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  'invalid-argument': 400,
  unauthorized: 401,
  'not-found': 404,
  'unknown-method': 404,
  'too-large': 413,
  // A call this shell cannot make (opening files from the browser host): the caller's mistake, not a fault.
  unsupported: 405,
};

export const TEXT = 'text/plain; charset=utf-8';
export const JSON_TYPE = 'application/json; charset=utf-8';
/** Newline-delimited JSON: one value a line, each line readable as soon as it arrives. */
export const NDJSON_TYPE = 'application/x-ndjson; charset=utf-8';

/** The headers every answer of the host carries: the page's CSP and the same safety headers. */
export function answerHeaders(contentType: string, cache = 'no-store', extra: Record<string, string> = {}): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': cache,
    ...extra,
  };
}

export function send(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  cache = 'no-store',
  extra: Record<string, string> = {},
): void {
  response.writeHead(status, answerHeaders(contentType, cache, extra));
  response.end(body);
}

/** An API answer, with the HTTP status its error code stands for. */
export function sendEnvelope(response: ServerResponse, envelope: Envelope, extra: Record<string, string> = {}): void {
  const status = envelope.ok ? 200 : (STATUS_OF[envelope.error.code] ?? 500);
  send(response, status, JSON_TYPE, JSON.stringify(envelope), 'no-store', extra);
}

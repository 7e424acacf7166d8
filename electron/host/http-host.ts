import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NotulistCore } from '../../shared/api/contract';
import { dispatch, type Envelope } from '../../shared/api/dispatch';
import type { ErrorCode } from '../../shared/api/errors';
import { CONTENT_SECURITY_POLICY } from '../core/page/content-security-policy';
import { declaresTooLarge, readBody } from './request-body';
import { hasSessionCookie, hasToken, isAllowedHost, isAllowedOrigin, sessionCookie } from './request-guard';
import { readStaticFile } from '../core/page/static-files';

export interface HostOptions {
  core: NotulistCore;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 or absent: a free port. */
  port?: number;
  /** The printed link's token. Fixed only in tests; otherwise a fresh secret per start. */
  token?: string;
  /**
   * The session cookie's value, which the page gets for the token. Kept in the workspace by
   * start-host.ts, so that an open tab still works after the host restarts; fresh when absent.
   */
  sessionSecret?: string;
}

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  'invalid-argument': 400,
  unauthorized: 401,
  'not-found': 404,
  'unknown-method': 404,
  'too-large': 413,
  // A call this shell cannot make (opening files from the browser host): the caller's mistake, not a fault.
  unsupported: 405,
};

const TEXT = 'text/plain; charset=utf-8';

/** Serves the renderer and the API on 127.0.0.1 only; see request-guard.ts for who may call. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const sessionSecret = options.sessionSecret ?? randomBytes(24).toString('base64url');
  let port = 0;
  const onRequest = (request: IncomingMessage, response: ServerResponse): void => {
    handle(request, response).catch((error: unknown) => {
      console.error(`browser host: request failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) send(response, 500, TEXT, 'internal error');
      else response.destroy();
    });
  };
  const server = createServer(onRequest);
  // A client that asks before sending a large body (Expect: 100-continue) is told 413 without sending it.
  server.on('checkContinue', (request: IncomingMessage, response: ServerResponse) => {
    if (!declaresTooLarge(request)) response.writeContinue();
    onRequest(request, response);
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isAllowedHost(request.headers, port) || !isAllowedOrigin(request.headers, port)) {
      send(response, 403, TEXT, 'forbidden host or origin');
      return;
    }
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith('/api/')) {
      await handleApi(request, response, path.slice('/api/'.length));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, TEXT, 'method not allowed', 'no-store', { Allow: 'GET, HEAD' });
      return;
    }
    const file = await readStaticFile(options.staticDir, path);
    if (!file) {
      send(response, 404, TEXT, 'not found');
      return;
    }
    // Vite names built assets by content hash: they may be cached for good, and Chromium then
    // keeps their compiled code too. index.html and the API are never cached.
    const cache = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-store';
    send(response, 200, file.contentType, request.method === 'HEAD' ? '' : file.body, cache);
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, rawMethod: string): Promise<void> {
    // Who asks is checked before anything in the path or body is looked at.
    const byToken = hasToken(request.headers, token);
    if (!byToken && !hasSessionCookie(request.headers, port, sessionSecret)) {
      sendEnvelope(response, { ok: false, error: { code: 'unauthorized', message: 'missing or wrong token' } });
      return;
    }
    // A page holding the printed token trades it for the session cookie with its first calls.
    const cookie: Record<string, string> = byToken ? { 'Set-Cookie': sessionCookie(port, sessionSecret) } : {};
    if (request.method !== 'POST') {
      send(response, 405, TEXT, 'use POST', 'no-store', { Allow: 'POST' });
      return;
    }
    const method = decodePathPart(rawMethod);
    if (method === undefined) {
      sendEnvelope(response, { ok: false, error: { code: 'invalid-argument', message: 'malformed method name in the path' } });
      return;
    }
    if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
      sendEnvelope(response, { ok: false, error: { code: 'invalid-argument', message: 'expected application/json' } });
      return;
    }
    const body = await readBody(request);
    if (!body.ok) {
      // Said before the rest is read; the connection closes after the answer.
      const refusal: Envelope = { ok: false, error: { code: 'invalid-argument', message: 'request body too large' } };
      send(response, 413, 'application/json; charset=utf-8', JSON.stringify(refusal), 'no-store', { Connection: 'close' });
      return;
    }
    let args: unknown;
    try {
      args = body.text.length === 0 ? undefined : JSON.parse(body.text);
    } catch {
      sendEnvelope(response, { ok: false, error: { code: 'invalid-argument', message: 'request body is not JSON' } });
      return;
    }
    sendEnvelope(response, await dispatch(options.core, method, args), cookie);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  cache = 'no-store',
  extra: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': cache,
    ...extra,
  });
  response.end(body);
}

function sendEnvelope(response: ServerResponse, envelope: Envelope, extra: Record<string, string> = {}): void {
  const status = envelope.ok ? 200 : (STATUS_OF[envelope.error.code] ?? 500);
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(envelope), 'no-store', extra);
}

/** A %-encoded path segment, or undefined when its encoding is malformed. */
function decodePathPart(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

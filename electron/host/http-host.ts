import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NotulistCore } from '../../shared/api/contract';
import { dispatch, type Envelope } from '../../shared/api/dispatch';
import type { ErrorCode } from '../../shared/api/errors';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { hasToken, isAllowedHost, isAllowedOrigin } from './request-guard';
import { readStaticFile } from './static-files';

export interface HostOptions {
  core: NotulistCore;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 or absent: a free port. */
  port?: number;
  /** Fixed only in tests; otherwise a fresh secret per start. */
  token?: string;
}

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Largest request body accepted: a 60,000-word meeting is about 1–2 MB of JSON. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  'invalid-argument': 400,
  unauthorized: 401,
  'not-found': 404,
  'unknown-method': 404,
  'too-large': 413,
};

/** Serves the renderer and the API on 127.0.0.1 only; see request-guard.ts for who may call. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('browser host: request failed:', error);
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'internal error');
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isAllowedHost(request.headers, port) || !isAllowedOrigin(request.headers, port)) {
      send(response, 403, 'text/plain; charset=utf-8', 'forbidden host or origin');
      return;
    }
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith('/api/')) {
      await handleApi(request, response, decodeURIComponent(path.slice('/api/'.length)));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'text/plain; charset=utf-8', 'method not allowed');
      return;
    }
    const file = await readStaticFile(options.staticDir, path);
    if (!file) {
      send(response, 404, 'text/plain; charset=utf-8', 'not found');
      return;
    }
    // Vite names built assets by content hash: they may be cached for good, and Chromium then
    // keeps their compiled code too. index.html and the API are never cached.
    const cache = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-store';
    send(response, 200, file.contentType, request.method === 'HEAD' ? '' : file.body, cache);
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    if (request.method !== 'POST') {
      send(response, 405, 'text/plain; charset=utf-8', 'use POST');
      return;
    }
    if (!hasToken(request.headers, token)) {
      sendEnvelope(response, { ok: false, error: { code: 'unauthorized', message: 'missing or wrong token' } });
      return;
    }
    if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
      sendEnvelope(response, { ok: false, error: { code: 'invalid-argument', message: 'expected application/json' } });
      return;
    }
    const body = await readBody(request);
    if (body === undefined) {
      sendEnvelope(response, { ok: false, error: { code: 'invalid-argument', message: 'request body too large' } });
      return;
    }
    let args: unknown;
    try {
      args = body.length === 0 ? undefined : JSON.parse(body);
    } catch {
      sendEnvelope(response, { ok: false, error: { code: 'invalid-argument', message: 'request body is not JSON' } });
      return;
    }
    sendEnvelope(response, await dispatch(options.core, method, args));
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

function send(response: ServerResponse, status: number, contentType: string, body: string | Buffer, cache = 'no-store'): void {
  response.writeHead(status, {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': cache,
  });
  response.end(body);
}

function sendEnvelope(response: ServerResponse, envelope: Envelope): void {
  const status = envelope.ok ? 200 : (STATUS_OF[envelope.error.code] ?? 500);
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(envelope));
}

/** The body as text, or undefined when it exceeds MAX_BODY_BYTES. */
function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.destroy();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NotulistCore } from '../../shared/api/contract';
import { readStaticFile } from '../core/page/static-files';
import type { HostKeys } from './api-request';
import { handleApi } from './api-route';
import { BATCH_PATH, handleBatch } from './batch-route';
import { declaresTooLarge } from './request-body';
import { isAllowedHost, isAllowedOrigin } from './request-guard';
import { send, TEXT } from './responses';

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

/** GET or HEAD of the built renderer's files. */
async function handleStatic(staticDir: string, request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, TEXT, 'method not allowed', 'no-store', { Allow: 'GET, HEAD' });
    return;
  }
  const file = await readStaticFile(staticDir, path);
  if (!file) {
    send(response, 404, TEXT, 'not found');
    return;
  }
  // Vite names built assets by content hash: they may be cached for good, and Chromium then
  // keeps their compiled code too. index.html and the API are never cached.
  const cache = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-store';
  send(response, 200, file.contentType, request.method === 'HEAD' ? '' : file.body, cache);
}

async function handle(options: HostOptions, keys: HostKeys, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (!isAllowedHost(request.headers, keys.port) || !isAllowedOrigin(request.headers, keys.port)) {
    send(response, 403, TEXT, 'forbidden host or origin');
    return;
  }
  const path = (request.url ?? '/').split('?')[0] ?? '/';
  if (path.startsWith('/api/')) await handleApi(options.core, keys, request, response, path.slice('/api/'.length));
  else if (path === BATCH_PATH) await handleBatch(options.core, keys, request, response);
  else await handleStatic(options.staticDir, request, response, path);
}

/** Serves the renderer and the API on 127.0.0.1 only; see request-guard.ts for who may call. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const sessionSecret = options.sessionSecret ?? randomBytes(24).toString('base64url');
  const keys: HostKeys = { token, sessionSecret, port: 0 };
  const onRequest = (request: IncomingMessage, response: ServerResponse): void => {
    handle(options, keys, request, response).catch((error: unknown) => {
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

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  keys.port = (server.address() as AddressInfo).port;
  const { port } = keys;
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

import { mkdir, writeFile } from 'node:fs/promises';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { createClient } from '../../shared/api/client';
import type { NotulistCore } from '../../shared/api/contract';
import { createNotulistCore } from '../../electron/core/notulist-core';
import { startHost, type HostOptions } from '../../electron/host/http-host';
import { recordingShell } from '../support/exercise-contract';

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A raw request, so tests can send what a browser would never let a page send. */
export function rawRequest(
  port: number,
  path: string,
  headers: Record<string, string>,
  body?: string | Buffer,
  method = body === undefined ? 'GET' : 'POST',
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * A host on a fresh workspace with a tiny built renderer, and a typed client that holds the token.
 * The core gets a recording desktop shell unless desktopShell is false, as in the real browser host;
 * `wrapCore` lets a test stand between the host and the core (to hold a call back, say).
 */
export async function startTestHost(
  tempDir: () => Promise<string>,
  options: Partial<HostOptions> & { desktopShell?: boolean; wrapCore?: (core: NotulistCore) => NotulistCore } = {},
) {
  const { desktopShell = true, wrapCore = (core) => core, ...hostOptions } = options;
  const staticDir = await tempDir();
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Notulist</title>');
  await mkdir(join(staticDir, 'assets'));
  await writeFile(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  const core = await createNotulistCore({ workspaceDir: await tempDir(), appVersion: '0.0.0-test', ...(desktopShell ? { shell: recordingShell().shell } : {}) });
  const host = await startHost({ core: wrapCore(core), staticDir, ...hostOptions });
  const api = createClient(async (method, args) => {
    const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Notulist-Token': host.token },
      body: JSON.stringify(args),
    });
    return response.json();
  });
  const stop = async () => {
    await host.close();
    await core.close();
  };
  return { host, api, stop };
}

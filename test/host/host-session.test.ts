import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOST_SESSION_FILE, loadHostSession, saveHostSession } from '../../electron/host/host-session';
import { useTempDirs } from '../support/temp-workspace';
import { rawRequest, startTestHost } from './host-harness';

describe("the browser host's session", () => {
  const tempDir = useTempDirs();

  it('trades the printed token for an HttpOnly, SameSite=Strict cookie that alone admits later calls', async () => {
    const { host, stop } = await startTestHost(tempDir);
    const json = { 'Content-Type': 'application/json', Host: `127.0.0.1:${host.port}` };
    const first = await rawRequest(host.port, '/api/getSettings', { ...json, 'X-Notulist-Token': host.token }, '{}');
    const cookie = String(first.headers['set-cookie']?.[0] ?? '');
    expect(cookie).toMatch(new RegExp(`^notulist-session-${host.port}=[^;]{32,}; Path=/; HttpOnly; SameSite=Strict$`));
    expect(cookie).not.toContain(host.token);
    const pair = cookie.split(';')[0]!;
    const later = await rawRequest(host.port, '/api/getSettings', { ...json, Cookie: `other=1; ${pair}` }, '{}');
    expect(later.status).toBe(200);
    expect(later.headers['set-cookie']).toBeUndefined();
    await stop();
  });

  it("refuses a cookie with a wrong value or another port's name", async () => {
    const { host, stop } = await startTestHost(tempDir, { sessionSecret: 's'.repeat(32) });
    const json = { 'Content-Type': 'application/json', Host: `127.0.0.1:${host.port}` };
    const wrong = await rawRequest(host.port, '/api/getSettings', { ...json, Cookie: `notulist-session-${host.port}=${'t'.repeat(32)}` }, '{}');
    expect(wrong.status).toBe(401);
    const otherPort = await rawRequest(host.port, '/api/getSettings', { ...json, Cookie: `notulist-session-1=${'s'.repeat(32)}` }, '{}');
    expect(otherPort.status).toBe(401);
    await stop();
  });

  it('keeps its secret and port in the workspace, readable by its owner only', async () => {
    const workspace = await tempDir();
    const fresh = await loadHostSession(workspace);
    expect(fresh.sessionSecret.length).toBeGreaterThanOrEqual(32);
    await saveHostSession(workspace, { ...fresh, port: 4873 });
    expect((await stat(join(workspace, HOST_SESSION_FILE))).mode & 0o777).toBe(0o600);
    expect(await loadHostSession(workspace)).toEqual({ sessionSecret: fresh.sessionSecret, port: 4873 });
  });

  it('starts a new session when the kept one is unreadable, without failing', async () => {
    const workspace = await tempDir();
    await writeFile(join(workspace, HOST_SESSION_FILE), '{"sessionSecret": 3');
    const session = await loadHostSession(workspace);
    expect(session.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(await readFile(join(workspace, HOST_SESSION_FILE), 'utf8')).toBe('{"sessionSecret": 3');
  });

  it("admits an open tab's cookie after the host restarts on the same port with a new token", async () => {
    const sessionSecret = (await loadHostSession(await tempDir())).sessionSecret;
    const first = await startTestHost(tempDir, { sessionSecret });
    const port = first.host.port;
    const json = { 'Content-Type': 'application/json', Host: `127.0.0.1:${port}` };
    const traded = await rawRequest(port, '/api/getSettings', { ...json, 'X-Notulist-Token': first.host.token }, '{}');
    const pair = String(traded.headers['set-cookie']?.[0]).split(';')[0]!;
    await first.stop();
    const second = await startTestHost(tempDir, { sessionSecret, port });
    expect(second.host.token).not.toBe(first.host.token);
    expect((await rawRequest(port, '/api/getSettings', { ...json, Cookie: pair }, '{}')).status).toBe(200);
    expect((await rawRequest(port, '/api/getSettings', { ...json, 'X-Notulist-Token': first.host.token }, '{}')).status).toBe(401);
    await second.stop();
  });
});

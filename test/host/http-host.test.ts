import { describe, expect, it } from 'vitest';
import { portFromEnv } from '../../electron/host/start-host';
import { exerciseEveryMethod } from '../support/exercise-contract';
import { useTempDirs } from '../support/temp-workspace';
import { rawRequest, startTestHost } from './host-harness';

describe('the browser host', () => {
  const tempDir = useTempDirs();

  const start = () => startTestHost(tempDir);

  it('listens on 127.0.0.1 and prints a URL carrying the token', async () => {
    const { host, stop } = await start();
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
    await stop();
  });

  it('round-trips every contract method over HTTP', async () => {
    const { api, stop } = await start();
    const results = await exerciseEveryMethod(api);
    expect(results.createMeeting).toMatchObject({ name: 'Overleg portefeuillehouders sociaal domein' });
    await stop();
  });

  it('refuses API calls without the token or with a wrong one', async () => {
    const { host, stop } = await start();
    const json = { 'Content-Type': 'application/json', Host: `127.0.0.1:${host.port}` };
    const missing = await rawRequest(host.port, '/api/listMeetings', json, '{}');
    expect(missing.status).toBe(401);
    const wrong = await rawRequest(host.port, '/api/listMeetings', { ...json, 'X-Notulist-Token': 'x'.repeat(32) }, '{}');
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    await stop();
  });

  it('refuses requests with a foreign Host header (DNS rebinding)', async () => {
    const { host, stop } = await start();
    const headers = { 'Content-Type': 'application/json', 'X-Notulist-Token': host.token, Host: `evil.example:${host.port}` };
    expect((await rawRequest(host.port, '/api/listMeetings', headers, '{}')).status).toBe(403);
    expect((await rawRequest(host.port, '/api-batch', headers, '[{"method":"listMeetings"}]')).status).toBe(403);
    expect((await rawRequest(host.port, '/', { Host: 'evil.example' })).status).toBe(403);
    await stop();
  });

  it('refuses requests from a foreign Origin even with the token', async () => {
    const { host, stop } = await start();
    const headers = {
      'Content-Type': 'application/json',
      'X-Notulist-Token': host.token,
      Host: `127.0.0.1:${host.port}`,
      Origin: 'https://evil.example',
    };
    expect((await rawRequest(host.port, '/api/listMeetings', headers, '{}')).status).toBe(403);
    expect((await rawRequest(host.port, '/api-batch', headers, '[{"method":"listMeetings"}]')).status).toBe(403);
    await stop();
  });

  it('serves the built renderer with a strict Content-Security-Policy and nothing outside it', async () => {
    const { host, stop } = await start();
    const page = await fetch(`http://127.0.0.1:${host.port}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).not.toContain('unsafe-eval');
    expect((await fetch(`http://127.0.0.1:${host.port}/assets/app.js`)).status).toBe(200);
    const traversal = await rawRequest(host.port, '/../../etc/passwd', { Host: `127.0.0.1:${host.port}` });
    expect(traversal.status).toBe(404);
    const encoded = await rawRequest(host.port, '/%2e%2e/%2e%2e/etc/passwd', { Host: `127.0.0.1:${host.port}` });
    expect(encoded.status).toBe(404);
    await stop();
  });

  it('answers malformed calls with a clear error, not a crash', async () => {
    const { host, stop } = await start();
    const headers = { 'Content-Type': 'application/json', 'X-Notulist-Token': host.token, Host: `127.0.0.1:${host.port}` };
    const notJson = await rawRequest(host.port, '/api/listMeetings', headers, '{oops');
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const unknown = await rawRequest(host.port, '/api/dropDatabase', headers, '{}');
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    await stop();
  });

  it('takes its port from NOTULIST_PORT and rejects a bad one clearly', () => {
    expect(portFromEnv({})).toBe(0);
    expect(portFromEnv({ NOTULIST_PORT: '4873' })).toBe(4873);
    expect(() => portFromEnv({ NOTULIST_PORT: 'abc' })).toThrow(/NOTULIST_PORT/);
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../electron/host/request-body';
import { useTempDirs } from '../support/temp-workspace';
import { rawRequest, startTestHost } from './host-harness';

describe('the browser host, asked what it should refuse', () => {
  const tempDir = useTempDirs();

  function headersFor(port: number, token?: string): Record<string, string> {
    return { 'Content-Type': 'application/json', Host: `127.0.0.1:${port}`, ...(token ? { 'X-Notulist-Token': token } : {}) };
  }

  it('answers a malformed % in an API path with 400 and no stack trace, after checking the token', async () => {
    const { host, stop } = await startTestHost(tempDir);
    const stranger = await rawRequest(host.port, '/api/list%E0%A4%A', headersFor(host.port), '{}');
    expect(stranger.status).toBe(401);
    const malformed = await rawRequest(host.port, '/api/list%E0%A4%A', headersFor(host.port, host.token), '{}');
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(malformed.body).not.toMatch(/\bat \S+ \(|URIError/);
    await stop();
  });

  it('checks who asks before reading a batch, whatever its method or body', async () => {
    const { host, stop } = await startTestHost(tempDir);
    const answers = await Promise.all([
      rawRequest(host.port, '/api-batch', headersFor(host.port), '[{oops'),
      rawRequest(host.port, '/api-batch', headersFor(host.port), undefined, 'GET'),
      rawRequest(host.port, '/api-batch', { ...headersFor(host.port), 'Content-Type': 'text/plain' }, '[]'),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401]);
    await stop();
  });

  it('answers unsupported calls with 404 or 405, never a server error', async () => {
    const { host, stop } = await startTestHost(tempDir, { desktopShell: false });
    const headers = headersFor(host.port, host.token);
    const answers = await Promise.all([
      rawRequest(host.port, '/api/dropDatabase', headers, '{}'),
      rawRequest(host.port, '/api/toString', headers, '{}'),
      rawRequest(host.port, '/api/__proto__', headers, '{}'),
      rawRequest(host.port, '/api/listMeetings', headers, undefined, 'GET'),
      rawRequest(host.port, '/api/listMeetings', headers, '{}', 'PUT'),
      rawRequest(host.port, '/api-batch', headers, undefined, 'GET'),
      rawRequest(host.port, '/api-batch', headers, '[]', 'PUT'),
      rawRequest(host.port, '/', headers, '{}', 'DELETE'),
      // Opening a file in Word is for the desktop app only.
      rawRequest(host.port, '/api/openExport', headers, JSON.stringify({ path: '/tmp/x.docx', reveal: false })),
    ]);
    const statuses = answers.map((answer) => answer.status);
    expect(statuses).toEqual([404, 404, 404, 405, 405, 405, 405, 405, 405]);
    await stop();
  });

  it('keeps the body limit far above the largest real meeting and far below 60 MB', () => {
    // A 200-item meeting of 100,000 words is 1.5 MB of JSON (see request-body.ts).
    expect(MAX_BODY_BYTES).toBeGreaterThanOrEqual(10 * 1.5e6);
    expect(MAX_BODY_BYTES).toBeLessThan(60e6);
  });

  it('refuses a 60 MB body with 413, as an answer rather than a dropped connection, and stores nothing', async () => {
    const { host, api, stop } = await startTestHost(tempDir);
    const before = await api.getSettings();
    const huge = Buffer.concat([Buffer.from('{"organisationName":"'), Buffer.alloc(60e6, 'x'), Buffer.from('"}')]);
    const answer = await rawRequest(host.port, '/api/updateSettings', headersFor(host.port, host.token), huge);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { message: 'request body too large' } });
    expect(await api.getSettings()).toEqual(before);
    await stop();
  });

  it('refuses an over-long body sent without a declared length with 413 too, to a single call and a batch', async () => {
    const { host, stop } = await startTestHost(tempDir);
    const headers = { ...headersFor(host.port, host.token), 'Transfer-Encoding': 'chunked' };
    for (const path of ['/api/updateSettings', '/api-batch']) {
      const answer = await rawRequest(host.port, path, headers, Buffer.alloc(MAX_BODY_BYTES + 1024 * 1024, 0x20));
      expect(answer.status).toBe(413);
    }
    await stop();
  });

  it('tells a client that asks first (Expect: 100-continue) 413 before it sends the body', async () => {
    const { host, stop } = await startTestHost(tempDir);
    const headers = { ...headersFor(host.port, host.token), Expect: '100-continue', 'Content-Length': String(100e6) };
    // No body is ever sent: the answer must come without it.
    const answer = await new Promise<number>((resolve, reject) => {
      import('node:http').then(({ request }) => {
        const req = request({ host: '127.0.0.1', port: host.port, path: '/api/updateSettings', method: 'POST', headers }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('continue', () => reject(new Error('the host asked for the body')));
        req.on('error', reject);
        req.flushHeaders();
      }, reject);
    });
    expect(answer).toBe(413);
    await stop();
  });
});

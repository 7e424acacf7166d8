import { describe, expect, it } from 'vitest';
import { createClient } from '../../shared/api/client';
import type { NotulistCore } from '../../shared/api/contract';
import { batchedTransport } from '../../renderer/api/batched-transport';
import { BATCH_PATH } from '../../electron/host/batch-route';
import { MAX_BATCH_CALLS } from '../../shared/api/batch';
import { MAX_BODY_BYTES } from '../../electron/host/request-body';
import { useTempDirs } from '../support/temp-workspace';
import { rawRequest, startTestHost, type RawAnswer } from './host-harness';

const lines = (answer: RawAnswer): { index: number; envelope: unknown }[] =>
  answer.body
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line));

/** A core whose getSettings waits until the test lets it go: a slow call that really is slow. */
function holdingGetSettings(core: NotulistCore) {
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const held: NotulistCore = {
    ...core,
    getSettings: async (args) => {
      await released;
      return core.getSettings(args);
    },
  };
  return { held, release };
}

/** The lines of an NDJSON answer, read one at a time as they arrive. */
function lineReader(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  return async (): Promise<string | undefined> => {
    while (!buffered.includes('\n')) {
      const { done, value } = await reader.read();
      if (done) return buffered.length > 0 ? buffered : undefined;
      buffered += decoder.decode(value, { stream: true });
    }
    const end = buffered.indexOf('\n');
    const line = buffered.slice(0, end);
    buffered = buffered.slice(end + 1);
    return line;
  };
}

describe('the browser host, asked several calls in one request', () => {
  const tempDir = useTempDirs();

  function headersFor(port: number, extra: Record<string, string> = {}): Record<string, string> {
    return { 'Content-Type': 'application/json', Host: `127.0.0.1:${port}`, ...extra };
  }

  it('answers each call on its own line, by index, with the envelope a single call gives', async () => {
    const { host, stop } = await startTestHost(tempDir);
    const headers = headersFor(host.port, { 'X-Notulist-Token': host.token });
    const methods = ['getSettings', 'listMeetings', 'listPeople'];
    const batch = await rawRequest(host.port, BATCH_PATH, headers, JSON.stringify(methods.map((method) => ({ method, args: {} }))));
    expect(batch.status).toBe(200);
    expect(batch.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(batch.headers['cache-control']).toBe('no-store');
    expect(batch.headers['x-content-type-options']).toBe('nosniff');
    expect(batch.headers['content-security-policy']).toContain("default-src 'none'");
    const singles = await Promise.all(methods.map((method) => rawRequest(host.port, `/api/${method}`, headers, '{}')));
    const byIndex = lines(batch).sort((a, b) => a.index - b.index);
    expect(byIndex.map((line) => line.index)).toEqual([0, 1, 2]);
    expect(byIndex.map((line) => line.envelope)).toEqual(singles.map((single) => JSON.parse(single.body)));
    await stop();
  });

  it('writes a fast call’s answer while a slow call in the same batch is still running', async () => {
    let release = (): void => undefined;
    const { host, stop } = await startTestHost(tempDir, {
      wrapCore: (core) => {
        const holding = holdingGetSettings(core);
        release = holding.release;
        return holding.held;
      },
    });
    const response = await fetch(`http://127.0.0.1:${host.port}${BATCH_PATH}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Notulist-Token': host.token },
      body: JSON.stringify([{ method: 'getSettings' }, { method: 'listMeetings', args: {} }]),
    });
    const nextLine = lineReader(response.body!);
    // getSettings is held until released: the first line can only be listMeetings'.
    expect(JSON.parse((await nextLine())!)).toMatchObject({ index: 1, envelope: { ok: true } });
    release();
    expect(JSON.parse((await nextLine())!)).toMatchObject({ index: 0, envelope: { ok: true } });
    expect(await nextLine()).toBeUndefined();
    await stop();
  });

  it('gives a bad call its own error while the others in the batch still answer', async () => {
    const { host, stop } = await startTestHost(tempDir);
    const batch = [{ method: 'listMeetings', args: {} }, { method: 'dropDatabase', args: {} }, { method: 'getMeeting', args: { id: 7 } }];
    const answer = await rawRequest(host.port, BATCH_PATH, headersFor(host.port, { 'X-Notulist-Token': host.token }), JSON.stringify(batch));
    expect(answer.status).toBe(200);
    const byIndex = lines(answer).sort((a, b) => a.index - b.index);
    expect(byIndex).toMatchObject([
      { index: 0, envelope: { ok: true, value: [] } },
      { index: 1, envelope: { ok: false, error: { code: 'unknown-method' } } },
      { index: 2, envelope: { ok: false, error: { code: 'invalid-argument' } } },
    ]);
    await stop();
  });

  it('refuses a batch that is not a list of 1 to 32 calls as a malformed single call is refused', async () => {
    const { host, stop } = await startTestHost(tempDir);
    const headers = headersFor(host.port, { 'X-Notulist-Token': host.token });
    const call = { method: 'listMeetings', args: {} };
    const bodies = [
      JSON.stringify(call),
      '[]',
      JSON.stringify(Array.from({ length: MAX_BATCH_CALLS + 1 }, () => call)),
      '[{oops',
      '',
      JSON.stringify([call, { args: {} }]),
      JSON.stringify([call, { method: 5 }]),
    ];
    const answers = await Promise.all(bodies.map((body) => rawRequest(host.port, BATCH_PATH, headers, body)));
    answers.push(await rawRequest(host.port, BATCH_PATH, { ...headers, 'Content-Type': 'text/plain' }, JSON.stringify([call, call])));
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    await stop();
  });

  it('admits the token or the session cookie it trades the token for, and nobody else', async () => {
    const { host, stop } = await startTestHost(tempDir);
    const body = JSON.stringify([{ method: 'listMeetings', args: {} }, { method: 'listPeople', args: {} }]);
    const stranger = await rawRequest(host.port, BATCH_PATH, headersFor(host.port), body);
    expect(stranger.status).toBe(401);
    expect(JSON.parse(stranger.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const byToken = await rawRequest(host.port, BATCH_PATH, headersFor(host.port, { 'X-Notulist-Token': host.token }), body);
    const cookie = String(byToken.headers['set-cookie']?.[0] ?? '');
    expect(cookie).toMatch(new RegExp(`^notulist-session-${host.port}=.+; HttpOnly; SameSite=Strict$`));
    const byCookie = await rawRequest(host.port, BATCH_PATH, headersFor(host.port, { Cookie: cookie.split(';')[0]! }), body);
    expect(byCookie.status).toBe(200);
    expect(lines(byCookie)).toHaveLength(2);
    await stop();
  });

  it('refuses a body over the limit with the 413 a single call gets', async () => {
    const { host, stop } = await startTestHost(tempDir);
    const huge = Buffer.concat([Buffer.from('[{"method":"listMeetings","args":{"x":"'), Buffer.alloc(MAX_BODY_BYTES, 'x'), Buffer.from('"}}]')]);
    const answer = await rawRequest(host.port, BATCH_PATH, headersFor(host.port, { 'X-Notulist-Token': host.token }), huge);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: 'request body too large' } });
    await stop();
  });

  it('agrees with the page’s transport: calls made together come back as separate calls do', async () => {
    const { host, api, stop } = await startTestHost(tempDir);
    const origin = `http://127.0.0.1:${host.port}/`;
    const requested: string[] = [];
    const page = createClient(
      batchedTransport({
        fetch: (url, init) => {
          requested.push(url);
          return fetch(new URL(url, origin), init);
        },
        headers: { 'Content-Type': 'application/json', 'X-Notulist-Token': host.token },
        noteConnection: () => undefined,
      }),
    );
    const together = await Promise.all([page.getSettings(), page.listMeetings(), page.listPeople(), page.getMeeting({ id: 'missing' }).catch((error: Error) => error.name)]);
    expect(requested).toEqual(['./api-batch']);
    expect(together).toEqual([await api.getSettings(), await api.listMeetings(), await api.listPeople(), 'ApiError']);
    await stop();
  });
});

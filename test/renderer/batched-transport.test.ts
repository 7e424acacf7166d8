import { describe, expect, it } from 'vitest';
import { MAX_BATCH_CALLS } from '../../shared/api/batch';
import { BATCH_PATH, batchedTransport, type BatchedTransportOptions } from '../../renderer/api/batched-transport';
import type { Connection } from '../../renderer/api/connection';

const ok = (value: unknown) => ({ ok: true, value });
const line = (index: number, envelope: unknown) => `${JSON.stringify({ index, envelope })}\n`;

/** An NDJSON answer whose lines the test writes, and ends, when it chooses. */
function streamedAnswer() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  const encoder = new TextEncoder();
  return {
    response: new Response(body, { status: 200, headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' } }),
    write: (text: string) => controller.enqueue(encoder.encode(text)),
    writeBytes: (bytes: Uint8Array) => controller.enqueue(bytes.slice()),
    end: () => controller.close(),
    fail: (error: Error) => controller.error(error),
  };
}

/** A fetch that records what it is asked and answers with what `answer` gives for each request. */
function fakeHost(answer: (url: string, body: string) => Response | Promise<Response>) {
  const requests: { url: string; body: string }[] = [];
  const notes: Partial<Connection>[] = [];
  const options: BatchedTransportOptions = {
    fetch: async (url, init) => {
      requests.push({ url, body: String(init.body) });
      return answer(url, String(init.body));
    },
    headers: { 'Content-Type': 'application/json' },
    noteConnection: (change) => notes.push(change),
  };
  return { requests, notes, options, transport: batchedTransport(options) };
}

/** Whether a promise has settled by now, without waiting for it. */
async function settledYet(promise: Promise<unknown>): Promise<boolean> {
  const pending = Symbol('pending');
  return (await Promise.race([promise.then(() => true, () => true), new Promise((resolve) => setTimeout(() => resolve(pending), 0))])) !== pending;
}

/** Answers a single call with its method's name, and a batch with every call's method, in reverse order. */
const echo = (url: string, body: string): Response => {
  if (url !== BATCH_PATH) return Response.json(ok(decodeURIComponent(url.slice('./api/'.length))));
  const calls = JSON.parse(body) as { method: string }[];
  const text = calls.map((call, index) => line(index, ok(call.method))).reverse().join('');
  return new Response(text, { headers: { 'Content-Type': 'application/x-ndjson' } });
};

describe('the browser host transport', () => {
  it('sends calls made in the same task as one batch, in call order, and gives each its own answer', async () => {
    const { requests, notes, transport } = fakeHost(echo);
    const answers = Promise.all([transport('getInfo', {}), transport('getSettings', undefined), transport('getMeeting', { id: 'm1' })]);
    expect(await answers).toEqual([ok('getInfo'), ok('getSettings'), ok('getMeeting')]);
    expect(requests.map((request) => request.url)).toEqual([BATCH_PATH]);
    expect(JSON.parse(requests[0]!.body)).toEqual([
      { method: 'getInfo', args: {} },
      { method: 'getSettings', args: {} },
      { method: 'getMeeting', args: { id: 'm1' } },
    ]);
    expect(notes).toEqual([{ access: 'granted' }]);
  });

  it('sends a lone call to /api/<method> as before', async () => {
    const { requests, transport } = fakeHost(echo);
    expect(await transport('listMeetings', {})).toEqual(ok('listMeetings'));
    expect(requests).toEqual([{ url: './api/listMeetings', body: '{}' }]);
  });

  it('never batches a call with a large body: it goes alone, the others together', async () => {
    const { requests, transport } = fakeHost(echo);
    const large = { text: 'x'.repeat(100 * 1024) };
    await Promise.all([transport('getInfo', {}), transport('updateSettings', large), transport('getSettings', {})]);
    expect(requests.map((request) => request.url).sort()).toEqual([BATCH_PATH, './api/updateSettings'].sort());
    expect(JSON.parse(requests.find((request) => request.url === BATCH_PATH)!.body)).toHaveLength(2);
  });

  it('sends more calls than one batch may hold as several batches', async () => {
    const { requests, transport } = fakeHost(echo);
    await Promise.all(Array.from({ length: MAX_BATCH_CALLS + 2 }, (_, index) => transport(`call${index}`, {})));
    expect(requests.map((request) => JSON.parse(request.body).length)).toEqual([MAX_BATCH_CALLS, 2]);
  });

  it('resolves a call as soon as its line arrives, before the answer ends', async () => {
    const stream = streamedAnswer();
    const { transport } = fakeHost(() => stream.response);
    const first = transport('exportMeeting', { id: 'm1' });
    const second = transport('getSyncStatus', {});
    await new Promise((resolve) => setTimeout(resolve, 0));
    stream.write(line(1, ok('status')));
    expect(await second).toEqual(ok('status'));
    expect(await settledYet(first)).toBe(false);
    stream.write(line(0, ok('exported')));
    stream.end();
    expect(await first).toEqual(ok('exported'));
  });

  it('reads a long answer line (a meeting) that arrives in many pieces, split inside characters, as one', async () => {
    const answer = streamedAnswer();
    const { transport } = fakeHost(() => answer.response);
    const notes = 'Wethouder Çelik opent de vergadering; één besluit. '.repeat(400);
    const both = Promise.all([transport('getMeeting', { id: 'm1' }), transport('getInfo', {})]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const bytes = new TextEncoder().encode(line(0, ok({ notes })) + line(1, ok('info')));
    // Pieces of 1,000 bytes: most end inside a line, some inside a two-byte character.
    for (let at = 0; at < bytes.length; at += 1000) answer.writeBytes(bytes.subarray(at, at + 1000));
    answer.end();
    expect(await both).toEqual([ok({ notes }), ok('info')]);
  });

  it('rejects the calls an answer ended without with a TypeError, as a failed fetch does', async () => {
    const stream = streamedAnswer();
    const { transport } = fakeHost(() => stream.response);
    const calls = [transport('getInfo', {}), transport('getSettings', {}), transport('listMeetings', {})];
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Half a line, then nothing more.
    stream.write(`${line(0, ok('info'))}{"index":1,"env`);
    stream.end();
    const outcomes = await Promise.allSettled(calls);
    expect(outcomes[0]).toEqual({ status: 'fulfilled', value: ok('info') });
    for (const outcome of outcomes.slice(1)) {
      expect(outcome.status).toBe('rejected');
      expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(TypeError);
    }
  });

  it('rejects the unanswered calls with the browser’s own error when the connection breaks mid-answer', async () => {
    const stream = streamedAnswer();
    const { transport } = fakeHost(() => stream.response);
    const calls = [transport('getInfo', {}), transport('getSettings', {})];
    await new Promise((resolve) => setTimeout(resolve, 0));
    stream.write(line(1, ok('settings')));
    const broken = new TypeError('network error');
    stream.fail(broken);
    expect(await Promise.allSettled(calls)).toEqual([
      { status: 'rejected', reason: broken },
      { status: 'fulfilled', value: ok('settings') },
    ]);
  });

  it('rejects every call of a batch whose fetch fails with that fetch’s error', async () => {
    const offline = new TypeError('Failed to fetch');
    const { transport, notes } = fakeHost(() => Promise.reject(offline));
    const outcomes = await Promise.allSettled([transport('getInfo', {}), transport('getSettings', {})]);
    expect(outcomes).toEqual([
      { status: 'rejected', reason: offline },
      { status: 'rejected', reason: offline },
    ]);
    expect(notes).toEqual([]);
  });

  it('gives every call of a batch refused whole that one answer, and notes a 401 as denied once', async () => {
    const refused = { ok: false, error: { code: 'unauthorized', message: 'missing or wrong token' } };
    const { transport, notes } = fakeHost(() => Response.json(refused, { status: 401 }));
    expect(await Promise.all([transport('getInfo', {}), transport('getSettings', {}), transport('listPeople', {})])).toEqual([refused, refused, refused]);
    expect(notes).toEqual([{ access: 'denied' }]);
  });

  it('sends at once, without waiting for the next task, while the page is going away', async () => {
    const { options, requests } = fakeHost(echo);
    const transport = batchedTransport({ ...options, sendAtOnce: () => true });
    const answer = transport('saveMeetingChanges', { id: 'm1' });
    expect(requests.map((request) => request.url)).toEqual(['./api/saveMeetingChanges']);
    expect(await answer).toEqual(ok('saveMeetingChanges'));
  });
});

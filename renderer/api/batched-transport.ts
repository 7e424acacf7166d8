import { BATCH_ROUTE, MAX_BATCH_CALLS } from '../../shared/api/batch';
import type { Transport } from '../../shared/api/client';
import type { Connection } from './connection';

export const BATCH_PATH = `./${BATCH_ROUTE}`;

/**
 * A call whose JSON body is longer than this always goes alone: the host reads a batch whole
 * before starting any of its calls, so a large save or template would hold back the small
 * calls beside it. Measured in characters, which is close enough to bytes for a threshold.
 */
export const MAX_BATCHED_BODY = 64 * 1024;

export interface BatchedTransportOptions {
  /** The page's fetch; a fake one in tests. */
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  /** Content type and, while the page still holds it, the link's token. */
  headers: Record<string, string>;
  noteConnection: (change: Partial<Connection>) => void;
  /** True while calls should leave at once: a hidden page's timers are throttled, a closing one's never run. */
  sendAtOnce?: () => boolean;
}

interface PendingCall {
  method: string;
  body: string;
  resolve: (envelope: unknown) => void;
  reject: (error: unknown) => void;
}

/** Each call's promise settles once: the first answer wins, a later failure changes nothing. */
type Settle = (index: number, outcome: { envelope: unknown } | { error: unknown }) => void;

/** Splits a stream of UTF-8 text into lines, handing each complete one to `onLine`. */
async function readLines(body: ReadableStream<Uint8Array>, onLine: (line: string) => void): Promise<void> {
  const reader = body.getReader();
  // Streaming decode: a character split between two chunks is joined, not garbled.
  const decoder = new TextDecoder();
  // The text after the last line break; a long line (a meeting) grows over many chunks, and is
  // split only once its end arrives, not again with every chunk.
  let rest = '';
  for (;;) {
    const { done, value } = await reader.read();
    const text = decoder.decode(value, { stream: !done });
    const end = text.lastIndexOf('\n');
    if (end < 0) rest += text;
    else {
      const lines = (rest + text.slice(0, end)).split('\n');
      rest = text.slice(end + 1);
      for (const line of lines) onLine(line);
    }
    if (done) break;
  }
  if (rest.length > 0) onLine(rest);
}

/** The envelope of one NDJSON line and the call it answers, or undefined for a line that says neither. */
function parseLine(line: string): { index: number; envelope: unknown } | undefined {
  try {
    const parsed = JSON.parse(line) as { index?: unknown; envelope?: unknown };
    return typeof parsed.index === 'number' && 'envelope' in parsed ? { index: parsed.index, envelope: parsed.envelope } : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a batch's NDJSON answer, settling each call as its line arrives. */
async function settleFromStream(response: Response, count: number, settle: Settle): Promise<void> {
  if (!response.body) return;
  await readLines(response.body, (line) => {
    const answer = parseLine(line);
    if (answer && answer.index >= 0 && answer.index < count) settle(answer.index, { envelope: answer.envelope });
  });
}

/** The batch body: the calls' JSON bodies as they are, without parsing and stringifying them again. */
function batchBody(calls: PendingCall[]): string {
  return `[${calls.map((call) => `{"method":${JSON.stringify(call.method)},"args":${call.body}}`).join(',')}]`;
}

/**
 * The browser host's transport. Calls made in the same task are sent together on the next
 * macrotask as one POST to the batch route, and each call's promise settles as its answer line
 * arrives: every HTTP request costs CPU in the renderer, the browser, its network service and
 * the host, which compete on a small machine, and the page's start makes several calls at once.
 * A lone call, or a large one, goes as today to /api/<method>.
 */
export function batchedTransport(options: BatchedTransportOptions): Transport {
  const { fetch: request, headers, noteConnection } = options;
  let pending: PendingCall[] = [];

  const post = async (url: string, body: string): Promise<Response> => {
    const response = await request(url, { method: 'POST', headers, credentials: 'same-origin', body });
    noteConnection({ access: response.status === 401 ? 'denied' : 'granted' });
    return response;
  };

  const sendAlone = (call: PendingCall): void => {
    post(`./api/${encodeURIComponent(call.method)}`, call.body)
      .then((response) => response.json())
      .then(call.resolve, call.reject);
  };

  const sendBatch = async (calls: PendingCall[]): Promise<void> => {
    const settled = new Set<number>();
    const settle: Settle = (index, outcome) => {
      const call = calls[index];
      if (!call || settled.has(index)) return;
      settled.add(index);
      if ('envelope' in outcome) call.resolve(outcome.envelope);
      else call.reject(outcome.error);
    };
    const settleRest = (outcome: { envelope: unknown } | { error: unknown }): void => calls.forEach((_, index) => settle(index, outcome));
    try {
      const response = await post(BATCH_PATH, batchBody(calls));
      const type = response.headers.get('content-type') ?? '';
      if (!response.ok || !type.startsWith('application/x-ndjson')) {
        // Refused whole (no access, too large, malformed): every call gets that one answer.
        return settleRest({ envelope: await response.json() });
      }
      await settleFromStream(response, calls.length, settle);
      // Calls the answer ended without fail as a fetch to a host that went away does, so the
      // save queue keeps their changes as unsent.
      settleRest({ error: new TypeError('the batch answer ended before every call was answered') });
    } catch (error) {
      // A failed fetch or a broken stream: the browser's own TypeError, as for a single call.
      settleRest({ error });
    }
  };

  const sendPending = (): void => {
    const calls = pending;
    pending = [];
    if (calls.length === 1) return sendAlone(calls[0]!);
    for (let start = 0; start < calls.length; start += MAX_BATCH_CALLS) void sendBatch(calls.slice(start, start + MAX_BATCH_CALLS));
  };

  return (method, args) =>
    new Promise((resolve, reject) => {
      const call: PendingCall = { method, body: JSON.stringify(args ?? {}), resolve, reject };
      if (call.body.length > MAX_BATCHED_BODY) return sendAlone(call);
      pending.push(call);
      if (options.sendAtOnce?.()) sendPending();
      else if (pending.length === 1) setTimeout(sendPending, 0);
    });
}

import type { IncomingMessage } from 'node:http';

/**
 * The largest request body the browser host reads: 16 MiB. The largest call a real meeting
 * makes is a save of the whole meeting: the bench's 60,000-word meeting is 0.8 MB of JSON, a
 * meeting of 200 items and 100,000 words 1.5 MB (measured with bench/large-meeting.ts), so a
 * real meeting stays an order of magnitude below it; a Word template of up to 12 MB still fits
 * as base64. Anything larger is refused with 413 before it is read.
 */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

export type Body = { ok: true; text: string } | { ok: false; tooLarge: true };

/** Whether the request says up front that its body is larger than the limit. */
export function declaresTooLarge(request: IncomingMessage, limit = MAX_BODY_BYTES): boolean {
  const declared = Number(request.headers['content-length']);
  return Number.isFinite(declared) && declared > limit;
}

/** The body as text; reading stops at the limit (the caller answers 413). */
export function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Body> {
  if (declaresTooLarge(request, limit)) return Promise.resolve({ ok: false, tooLarge: true });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      // What follows is not kept; the stream keeps flowing so the sender gets to read the 413.
      request.off('data', onData);
      request.resume();
      chunks.length = 0;
      resolve({ ok: false, tooLarge: true });
    };
    request.on('data', onData);
    request.on('end', () => resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') }));
    request.on('error', reject);
  });
}

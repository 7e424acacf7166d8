import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { NotulistCore } from '../../shared/api/contract';
import { BATCH_ROUTE, MAX_BATCH_CALLS } from '../../shared/api/batch';
import { dispatch } from '../../shared/api/dispatch';
import { describeIssues } from '../../shared/api/errors';
import { admit, invalidArgument, readJsonBody, refuseUnlessPost, type HostKeys } from './api-request';
import { answerHeaders, NDJSON_TYPE, sendEnvelope } from './responses';

/**
 * Several calls in one request: the page's start makes half a dozen at once, and on a 2-core
 * machine each HTTP request costs CPU in the renderer, the browser, its network service and
 * this host.
 */
export const BATCH_PATH = `/${BATCH_ROUTE}`;

const BatchSchema = z
  .array(z.object({ method: z.string(), args: z.unknown().optional() }))
  .min(1)
  .max(MAX_BATCH_CALLS);

type BatchCall = z.infer<typeof BatchSchema>[number];

/**
 * Starts every call at once, in the batch's order (as separate requests would be), and writes
 * each answer as a line `{"index": <position>, "envelope": …}` as soon as that call finishes:
 * a slow export batched with a status poll does not hold the poll back.
 */
async function streamAnswers(core: NotulistCore, calls: BatchCall[], response: ServerResponse, extra: Record<string, string>): Promise<void> {
  response.writeHead(200, answerHeaders(NDJSON_TYPE, 'no-store', extra));
  const answered = calls.map(async ({ method, args }, index) => {
    const envelope = await dispatch(core, method, args);
    // A caller that went away misses the answer; the call itself has been carried out.
    if (!response.destroyed) response.write(`${JSON.stringify({ index, envelope })}\n`);
  });
  await Promise.all(answered);
  response.end();
}

/** POST /api-batch: the same checks as a single call, then one NDJSON line per call. */
export async function handleBatch(core: NotulistCore, keys: HostKeys, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const admitted = admit(keys, request, response);
  if (!admitted) return;
  const notPost = refuseUnlessPost(request);
  if (notPost) return notPost.answer(response);
  const body = await readJsonBody(request);
  if (!body.ok) return body.answer(response);
  const calls = BatchSchema.safeParse(body.value);
  if (!calls.success) {
    const message = `expected an array of 1 to ${MAX_BATCH_CALLS} calls, each { method, args }`;
    return sendEnvelope(response, invalidArgument(message, describeIssues(calls.error)));
  }
  await streamAnswers(core, calls.data, response, admitted);
}

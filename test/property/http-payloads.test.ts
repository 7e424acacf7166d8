import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createNotulistCore } from '../../electron/core/notulist-core';
import { startHost } from '../../electron/host/http-host';
import { useTempDirs } from '../support/temp-workspace';
import { apiCall, sampleMeeting, SEED, STACK_TRACE } from './arbitraries';

const counts = { payloads: 0, serverErrors: 0 };

describe('the browser host fed malformed requests (fast-check)', () => {
  const tempDir = useTempDirs();

  afterAll(() => {
    console.log(`http property tests: ${counts.payloads} payloads tried, ${counts.serverErrors} 5xx`);
  });

  it('answers every request below 500, without a stack trace, and changes no meeting file but by a valid save', async () => {
    // Started as test/host/http-host.test.ts starts it: the real core behind the real host, its token in the header.
    const staticDir = await tempDir();
    await mkdir(join(staticDir, 'assets'));
    await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Notulist</title>');
    const workspace = await tempDir();
    const core = await createNotulistCore({ workspaceDir: workspace, appVersion: '0.0.0-test' });
    const host = await startHost({ core, staticDir });
    const meeting = sampleMeeting();
    await core.saveMeeting({ meeting });
    const file = join(workspace, 'meetings', `${meeting.id}.json`);
    let expected = await readFile(file);
    const body = fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 100 }) });
    const malformed = fc.oneof({ weight: 9, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom('zz', 'E0%A4%A', 'c3') });
    await fc.assert(
      fc.asyncProperty(apiCall(meeting), body, malformed, async ({ method, args }, rawBody, malformedPath) => {
        counts.payloads += 1;
        // Some paths carry a malformed escape, as a hostile page or a mistyped link would.
        const path = malformedPath ? `${encodeURIComponent(method)}%${malformedPath}` : encodeURIComponent(method);
        const response = await fetch(`http://127.0.0.1:${host.port}/api/${path}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Notulist-Token': host.token },
          body: rawBody ?? JSON.stringify(args ?? null),
        });
        const text = await response.text();
        if (response.status >= 500) counts.serverErrors += 1;
        expect(response.status, `${method}: ${response.status} ${text.slice(0, 200)}`).toBeLessThan(500);
        expect(text).not.toMatch(STACK_TRACE);
        const savedIt = response.status === 200 && rawBody === undefined && !malformedPath && (method === 'saveMeeting' || method === 'saveMeetingChanges') && (args as { meeting?: { id?: unknown } } | null)?.meeting?.id === meeting.id;
        const now = await readFile(file);
        if (savedIt) expected = now;
        else expect(now.equals(expected), `${method} changed ${meeting.id}.json`).toBe(true);
      }),
      { seed: SEED, numRuns: 1000 },
    );
    await host.close();
    await core.close();
  });
});

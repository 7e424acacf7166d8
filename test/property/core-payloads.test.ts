import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch, type Envelope } from '../../shared/api/dispatch';
import { createNotulistCore, type OpenCore } from '../../electron/core/notulist-core';
import { useTempDirs } from '../support/temp-workspace';
import { apiCall, malformedText, sampleMeeting, SEED, STACK_TRACE } from './arbitraries';

/** Methods whose success may rewrite the meeting file they name. */
const WRITES_MEETING = new Set(['saveMeeting', 'saveMeetingChanges']);

const counts = { payloads: 0, crashes: 0, hangs: 0, meetingFiles: 0, settingsFiles: 0 };

/** The answer, or a description of the crash or hang instead of one. */
async function call(core: OpenCore, method: string, args: unknown): Promise<Envelope | string> {
  counts.payloads += 1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<string>((resolve) => (timer = setTimeout(() => resolve('hang'), 10_000)));
  try {
    return await Promise.race([dispatch(core, method, args), hang]);
  } catch (error) {
    return `crash: ${error instanceof Error ? error.stack : String(error)}`;
  } finally {
    clearTimeout(timer);
  }
}

/** Whether an answer is a clear one: no crash, no hang, no internal error, no stack trace. */
function checkAnswer(answer: Envelope | string, what: string): void {
  if (typeof answer === 'string') {
    if (answer === 'hang') counts.hangs += 1;
    else counts.crashes += 1;
    expect.fail(`${what}: ${answer}`);
  }
  if (!answer.ok) {
    if (answer.error.code === 'internal') counts.crashes += 1;
    expect(answer.error.code, `${what}: ${answer.error.message}`).not.toBe('internal');
    expect(`${answer.error.message}\n${(answer.error.details ?? []).join('\n')}`).not.toMatch(STACK_TRACE);
  }
}

describe('the core fed malformed payloads and files (fast-check)', () => {
  const tempDir = useTempDirs();

  afterAll(() => {
    console.log(
      `core property tests: ${counts.payloads} payloads tried, ${counts.meetingFiles} malformed meeting files, ${counts.settingsFiles} malformed settings files; ${counts.crashes} crashes, ${counts.hangs} hangs`,
    );
  });

  it('answers every call clearly and never changes a meeting file but by a valid save of it', async () => {
    const workspace = await tempDir();
    const core = await createNotulistCore({ workspaceDir: workspace, appVersion: '0.0.0-test' });
    const meeting = sampleMeeting();
    await core.saveMeeting({ meeting });
    const file = join(workspace, 'meetings', `${meeting.id}.json`);
    let expected = await readFile(file);
    await fc.assert(
      fc.asyncProperty(apiCall(meeting), async ({ method, args }) => {
        const answer = await call(core, method, args);
        checkAnswer(answer, method);
        const savedIt = typeof answer !== 'string' && answer.ok && WRITES_MEETING.has(method) && (args as { meeting?: { id?: unknown } }).meeting?.id === meeting.id;
        const now = await readFile(file);
        if (savedIt) expected = now;
        else expect(now.equals(expected), `${method} changed ${meeting.id}.json`).toBe(true);
      }),
      { seed: SEED, numRuns: 1500 },
    );
    await core.close();
  });

  it('reads damaged meeting files as damaged, quarantined with a reason, never as a crash', async () => {
    const workspace = await tempDir();
    const core = await createNotulistCore({ workspaceDir: workspace, appVersion: '0.0.0-test' });
    const kept = sampleMeeting();
    await core.saveMeeting({ meeting: kept });
    const keptFile = join(workspace, 'meetings', `${kept.id}.json`);
    const keptBytes = await readFile(keptFile);
    const base = JSON.parse(JSON.stringify({ ...sampleMeeting(), id: 'damaged' }));
    await fc.assert(
      fc.asyncProperty(malformedText(base), async (text) => {
        counts.meetingFiles += 1;
        await writeFile(join(workspace, 'meetings', 'damaged.json'), text);
        for (const [method, args] of [['getMeeting', { id: 'damaged' }], ['exportMeeting', { id: 'damaged' }], ['listMeetings', undefined]] as const) {
          checkAnswer(await call(core, method, args), `${method} of ${JSON.stringify(text.slice(0, 80))}`);
        }
        expect((await readFile(keptFile)).equals(keptBytes)).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
    // Every damaged file went to quarantine with its reason beside it; none was overwritten.
    const quarantined = await readdir(join(workspace, 'quarantine')).catch(() => []);
    const files = quarantined.filter((name) => name.endsWith('damaged.json'));
    const reasons = quarantined.filter((name) => name.endsWith('damaged.json.reason.txt'));
    expect(files.length).toBeGreaterThan(100);
    expect(reasons.length).toBe(files.length);
    await core.close();
  });

  it('starts on a damaged notulist.json without a crash, keeping every meeting file', async () => {
    const base = JSON.parse(JSON.stringify({ version: 1, settings: (await import('../../shared/model/settings')).DEFAULT_SETTINGS, people: [], meetings: [] }));
    await fc.assert(
      fc.asyncProperty(malformedText(base), async (text) => {
        counts.settingsFiles += 1;
        const workspace = await tempDir();
        const meeting = sampleMeeting();
        await mkdir(join(workspace, 'meetings'), { recursive: true });
        const meetingText = JSON.stringify(meeting);
        await writeFile(join(workspace, 'meetings', `${meeting.id}.json`), meetingText);
        await writeFile(join(workspace, 'notulist.json'), text);
        const core = await createNotulistCore({ workspaceDir: workspace, appVersion: '0.0.0-test' });
        for (const method of ['getSettings', 'listPeople', 'listMeetings', 'getInfo'] as const) checkAnswer(await call(core, method, undefined), method);
        checkAnswer(await call(core, 'getMeeting', { id: meeting.id }), 'getMeeting');
        await core.close();
        expect(await readFile(join(workspace, 'meetings', `${meeting.id}.json`), 'utf8')).toBe(meetingText);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});

import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const repo = '/work/main';
const { createNotulistCore } = await import(join(repo, 'electron/core/notulist-core.ts'));
const { dispatch } = await import(join(repo, 'shared/api/dispatch.ts'));
const { generateMeeting, LARGE_MEETING } = await import(join(repo, 'bench/large-meeting.ts'));
const work = await mkdtemp(join(tmpdir(), 'diag-'));
const meeting = generateMeeting(LARGE_MEETING);
const core = await createNotulistCore({ workspaceDir: join(work, 'ws'), appVersion: 'bench' });
await core.saveMeeting({ meeting });
for (let i = 0; i < 8; i++) {
  const t0 = performance.now();
  const env = await dispatch(core, 'getMeeting', { id: meeting.id });
  const t1 = performance.now();
  const s = JSON.stringify(env);
  const t2 = performance.now();
  const p = await dispatch(core, 'getPreviousMeeting', { id: meeting.id });
  const t3 = performance.now();
  JSON.parse(s);
  const t4 = performance.now();
  console.log('get', (t1 - t0).toFixed(1), 'stringify', (t2 - t1).toFixed(1), 'prev', (t3 - t2).toFixed(1), 'parse', (t4-t3).toFixed(1), s.length);
}
await core.close();

import { execFile } from 'node:child_process';
import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { MeetingStore } from '../electron/core/meeting-store';
import type { Meeting } from '../shared/model/meeting';
import { meetingAsMarkdown } from './large-meeting';
import { median, round2, timed } from './stats';

const run = promisify(execFile);

/** One durable save of the meeting (the app's own store) against write + fsync of the same bytes. */
export async function measureSave(workspace: string, meeting: Meeting, rounds: number) {
  const store = new MeetingStore(workspace, () => undefined, () => new Date());
  await store.init();
  await store.write(meeting); // so every measured save also keeps a backup, as in use
  const bytes = JSON.stringify(meeting);
  const rawFile = join(workspace, 'raw.json');
  const app: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    app.push(await timed(() => store.write(meeting)));
    raw.push(
      await timed(async () => {
        const handle = await open(rawFile, 'w');
        await handle.writeFile(bytes);
        await handle.sync();
        await handle.close();
      }),
    );
  }
  const appMs = median(app);
  const rawMs = median(raw);
  return { app_ms: round2(appMs), raw_fsync_ms: round2(rawMs), ratio: round2(appMs / rawMs), rounds: { app, raw_fsync: raw } };
}

/** The whole CLI export process against pandoc turning the same content (as Markdown) into DOCX. */
export async function measureExport(workspace: string, meeting: Meeting, cliEntry: string, rounds: number) {
  const meetingFile = join(workspace, 'meeting.json');
  const markdownFile = join(workspace, 'meeting.md');
  await writeFile(meetingFile, JSON.stringify(meeting));
  await writeFile(markdownFile, meetingAsMarkdown(meeting));
  const cli: number[] = [];
  const pandoc: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    cli.push(await timed(() => run(process.execPath, [cliEntry, 'export', meetingFile, '-o', join(workspace, 'cli.docx'), '--force'])));
    pandoc.push(await timed(() => run('pandoc', [markdownFile, '-o', join(workspace, 'pandoc.docx')])));
  }
  const cliMs = median(cli);
  const pandocMs = median(pandoc);
  return { cli_ms: round2(cliMs), pandoc_ms: round2(pandocMs), ratio: round2(cliMs / pandocMs), rounds: { cli, pandoc } };
}

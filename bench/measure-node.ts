import { execFile } from 'node:child_process';
import { open, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createNotulistCore } from '../electron/core/notulist-core';
import { updateItem } from '../shared/agenda/agenda-edit';
import { contract } from '../shared/api/contract';
import { dispatch } from '../shared/api/dispatch';
import type { Meeting } from '../shared/model/meeting';
import { changesSince } from '../renderer/store/save-changes';
import { meetingAsMarkdown } from './large-meeting';
import { compare, timed } from './stats';

const run = promisify(execFile);

/**
 * One durable save of the meeting as the renderer makes it after a pause in typing (through the
 * contract's dispatcher, arguments validated: its fields and what the renderer sends as changed,
 * here one agenda item) against a raw write + fsync of the same file's bytes.
 */
export async function measureSave(workspace: string, meeting: Meeting, rounds: number) {
  const core = await createNotulistCore({ workspaceDir: workspace, appVersion: 'bench' });
  const first = await dispatch(core, 'saveMeeting', { meeting }); // so every measured save also keeps a backup, as in use
  if (!first.ok) throw new Error(first.error.message);
  let base = contract.saveMeeting.result.parse(first.value).savedAt;
  const rawFile = join(workspace, 'raw.json');
  const meetingFile = join(workspace, 'meetings', `${meeting.id}.json`);
  const app: number[] = [];
  const raw: number[] = [];
  let current = meeting;
  for (let i = 0; i < rounds; i += 1) {
    const table = current.sections[i % current.sections.length]!;
    const saved = current;
    current = updateItem(current, table.items[0]!.id, (item) => ({ ...item, decision: `Besluit, versie ${i}.` }));
    const { sections, ...header } = current;
    const changes = changesSince(saved, current);
    app.push(
      await timed(async () => {
        const answer = await dispatch(core, 'saveMeetingChanges', { meeting: header, base, sectionOrder: sections.map((s) => s.id), ...changes });
        if (!answer.ok) throw new Error(answer.error.message);
        base = contract.saveMeetingChanges.result.parse(answer.value).savedAt;
      }),
    );
    const bytes = await readFile(meetingFile);
    raw.push(
      await timed(async () => {
        const handle = await open(rawFile, 'w');
        await handle.writeFile(bytes);
        await handle.sync();
        await handle.close();
      }),
    );
  }
  await core.close();
  const byRaw = compare(app, raw);
  return { app_ms: byRaw.app, raw_fsync_ms: byRaw.floor, ratio: byRaw.ratio, ratio_spread: byRaw.spread, rounds: { app, raw_fsync: raw } };
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
  const byPandoc = compare(cli, pandoc);
  return { cli_ms: byPandoc.app, pandoc_ms: byPandoc.floor, ratio: byPandoc.ratio, ratio_spread: byPandoc.spread, rounds: { cli, pandoc } };
}

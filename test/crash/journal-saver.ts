// The child process of journal-crash.test.ts: a meeting store on the workspace in argv[2] that
// saves one agenda item's note as fast as it can, printing `ack <n>` once save n is acknowledged.
// With argv[3] === 'checkpoint' every save is followed by a checkpoint, so a kill lands in one
// most of the time. It runs until it is killed.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { MeetingStore } from '../../electron/core/meetings/meeting-store';
import type { Meeting } from '../../shared/model/meeting';

/** The n of the last save the meeting holds: its first item's note reads `save <n>`. */
export function savedCounter(meeting: { sections: readonly { items: readonly { notes?: unknown }[] }[] }): number {
  const note = JSON.stringify(meeting.sections[0]!.items[0]!.notes);
  return Number(/"save (\d+)"/.exec(note)?.[1] ?? 0);
}

async function main(): Promise<void> {
  const [workspace, mode] = process.argv.slice(2) as [string, string];
  const store = new MeetingStore(workspace, (notice) => console.error(`notice: ${notice.message}`), () => new Date());
  await store.init();
  const [name] = (await readdir(join(workspace, 'meetings'))).filter((file) => file.endsWith('.json'));
  let meeting = await store.read(name!.slice(0, -'.json'.length));
  console.log('ready');
  for (let n = savedCounter(meeting) + 1; ; n += 1) {
    const [section, ...rest] = meeting.sections;
    const item = { ...section!.items[0]!, notes: [{ id: 'crash', type: 'paragraph' as const, content: [{ text: `save ${n}` }] }] };
    const { sections, ...header } = meeting;
    const next = { ...header, updatedAt: store.nextRevision(meeting.id, new Date()) };
    await store.writeChanges(next, meeting.updatedAt, sections.map((s) => s.id), [], [{ sectionId: section!.id, item }]);
    meeting = { ...next, sections: [{ ...section!, items: [item, ...section!.items.slice(1)] }, ...rest] };
    console.log(`ack ${n}`);
    if (mode === 'checkpoint') await store.checkpoint(meeting.id);
  }
}

// Run as the child's entry only: the test imports savedCounter from here.
if (process.argv[1]?.endsWith('journal-saver.mjs')) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

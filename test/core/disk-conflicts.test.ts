import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../shared/model/meeting';
import { openCoreClient } from '../support/open-core-client';
import { useTempDirs } from '../support/temp-workspace';

const NEW_MEETING = { name: 'PFHO sociaal domein', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] };

function withNote(meeting: Meeting, text: string): Meeting {
  const copy = structuredClone(meeting);
  copy.sections[0]!.items[0]!.notes = [{ id: 'p1', type: 'paragraph', content: [{ text }] }];
  return copy;
}

/** Every file under `folder`, recursively, with its text. */
async function textsUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return Promise.all(entries.filter((entry) => entry.isFile()).map((entry) => readFile(join(entry.parentPath, entry.name), 'utf8')));
}

describe('a meeting file changed on disk while it is open', () => {
  const tempDir = useTempDirs();
  /** Opens a meeting as the UI does, then lets "another program" put `replacement` in its place. */
  async function openThenReplace(replacement: (opened: Meeting) => string) {
    const workspace = await tempDir();
    const core = await openCoreClient(workspace);
    const created = await core.createMeeting(NEW_MEETING);
    const opened = await core.getMeeting({ id: created.id });
    const file = join(workspace, 'meetings', `${created.id}.json`);
    const other = replacement(opened);
    await writeFile(`${file}.incoming`, other);
    await rename(`${file}.incoming`, file);
    return { workspace, core, opened, file, other };
  }

  it('keeps the other version as a conflict copy and saves hers, telling her which meeting', async () => {
    const { workspace, core, opened, file, other } = await openThenReplace((m) => JSON.stringify(withNote({ ...m, name: 'Teruggezette kopie' }, 'tekst van de teruggezette kopie')));
    const { sections, ...header } = withNote(opened, 'twee woorden');
    const result = await core.saveMeetingChanges({ meeting: header, base: opened.updatedAt, sectionOrder: sections.map((s) => s.id), sections });

    expect(result.conflictCopy).toBeDefined();
    expect(await readFile(result.conflictCopy!, 'utf8')).toBe(other);
    expect(JSON.parse(await readFile(file, 'utf8')).sections[0].items[0].notes[0].content[0].text).toBe('twee woorden');
    const notices = (await core.getInfo()).notices;
    expect(notices).toEqual([expect.objectContaining({ code: 'conflict', meetingName: opened.name, movedTo: result.conflictCopy })]);
    expect(await core.listMeetingVersions({ id: opened.id })).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'conflict' })]));
    expect(result.conflictCopy!.startsWith(join(workspace, 'conflicts', opened.id))).toBe(true);
  });

  it('keeps a file of the current schema version written by another program through 30 more saves', async () => {
    const { workspace, core, opened, other } = await openThenReplace((m) => `${JSON.stringify(withNote({ ...m, schemaVersion: 3 }, 'van de laptop van de voorzitter'), null, 2)}\n`);
    for (let n = 0; n < 30; n += 1) await core.saveMeeting({ meeting: withNote(opened, `versie ${n}`) });
    const kept = [...(await textsUnder(join(workspace, 'meetings'))), ...(await textsUnder(join(workspace, 'backups'))), ...(await textsUnder(join(workspace, 'conflicts')))];
    expect(kept).toContain(other);
    expect((await core.getInfo()).notices.filter((n) => n.code === 'conflict')).toHaveLength(1);
  });

  it('keeps a file from a newer Notulist rather than writing over it unseen', async () => {
    const { workspace, core, opened, other } = await openThenReplace((m) => JSON.stringify({ ...withNote(m, 'uit de toekomst'), schemaVersion: 9, nieuwVeld: true }));
    const result = await core.saveMeeting({ meeting: withNote(opened, 'mijn notitie') });
    expect(await readFile(result.conflictCopy!, 'utf8')).toBe(other);
    expect(await textsUnder(join(workspace, 'conflicts'))).toEqual([other]);
  });

  it('sees a change in place of the same size by its content', async () => {
    const workspace = await tempDir();
    const core = await openCoreClient(workspace);
    const created = await core.createMeeting(NEW_MEETING);
    const opened = await core.getMeeting({ id: created.id });
    const file = join(workspace, 'meetings', `${created.id}.json`);
    const text = await readFile(file, 'utf8');
    const edited = text.replace('PFHO sociaal domein', 'PFHO sociaal DOMEIN');
    await writeFile(file, edited);
    const result = await core.saveMeeting({ meeting: withNote(opened, 'x') });
    expect(await readFile(result.conflictCopy!, 'utf8')).toBe(edited);
  });

  it('does not call its own version, copied back unchanged, a conflict', async () => {
    let own = '';
    const { core, opened, file } = await openThenReplace(() => own);
    // openThenReplace read nothing yet when it asked: put the very bytes back, as a backup tool restoring the file would.
    own = JSON.stringify(opened);
    await writeFile(file, own);
    const result = await core.saveMeeting({ meeting: withNote(opened, 'y') });
    expect(result.conflictCopy).toBeUndefined();
    expect((await core.getInfo()).notices).toEqual([]);
  });
});

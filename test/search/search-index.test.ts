import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../shared/api/client';
import { dispatch } from '../../shared/api/dispatch';
import type { Meeting } from '../../shared/model/meeting';
import { createNotulistCore } from '../../electron/core/notulist-core';
import { SEARCH_INDEX_FILE, SEARCH_INDEX_VERSION } from '../../electron/core/search/search-index-file';
import { useTempDirs } from '../support/temp-workspace';

const NEW_MEETING = { name: 'Overleg portefeuillehouders sociaal domein', date: '2024-04-18', domains: ['jeugd-en-onderwijs', 'gezondheid-en-ondersteuning'] };

/** The core as every shell sees it: through the contract's dispatcher, results validated. */
async function open(workspaceDir: string) {
  const core = await createNotulistCore({ workspaceDir, appVersion: '0.0.0-test' });
  return Object.assign(createClient((method, args) => dispatch(core, method, args)), { close: core.close });
}

function withNotes(meeting: Meeting, text: string, decision = ''): Meeting {
  const [first, ...rest] = meeting.sections;
  const [item, ...items] = first!.items;
  const changed = { ...item!, notes: [{ id: 'p1', type: 'paragraph' as const, content: [{ text }] }], decision };
  return { ...meeting, sections: [{ ...first!, items: [changed, ...items] }, ...rest] };
}

const hitTexts = (result: { hits: { snippet: { text: string; hit: boolean }[] }[] }) =>
  result.hits.map((hit) => hit.snippet.filter((part) => part.hit).map((part) => part.text));

describe('the search index in the workspace', () => {
  const tempDir = useTempDirs();

  it('finds a word as soon as the meeting holding it is saved, accents folded both ways', async () => {
    const core = await open(await tempDir());
    const meeting = await core.createMeeting(NEW_MEETING);
    expect((await core.searchMeetings({ query: 'dagbesteding' })).hits).toEqual([]);
    await core.saveMeeting({ meeting: withNotes(meeting, 'De dagbestéding voor ouderen wordt voortgezet.') });
    const result = await core.searchMeetings({ query: 'dagbesteding' });
    expect(result.hits).toMatchObject([{ meetingId: meeting.id, itemId: meeting.sections[0]!.items[0]!.id, kind: 'notes' }]);
    expect(hitTexts(result)).toEqual([['dagbestéding']]);
    await core.close();
  });

  it('follows changes saved as parts (saveMeetingChanges), and forgets a deleted meeting', async () => {
    const core = await open(await tempDir());
    const meeting = await core.createMeeting(NEW_MEETING);
    const { savedAt } = await core.saveMeeting({ meeting: withNotes(meeting, 'eerste tekst') });
    await core.searchMeetings({ query: 'eerste' });
    const { sections, ...header } = withNotes(meeting, 'tweede versie');
    await core.saveMeetingChanges({ meeting: header, base: savedAt, sectionOrder: sections.map((s) => s.id), sections: [sections[0]!] });
    expect((await core.searchMeetings({ query: 'eerste' })).hits).toEqual([]);
    expect((await core.searchMeetings({ query: 'tweede' })).hits).toHaveLength(1);
    await core.deleteMeeting({ id: meeting.id });
    expect((await core.searchMeetings({ query: 'tweede' })).hits).toEqual([]);
    await core.close();
  });

  it('is written to the workspace on closing and read back after a restart', async () => {
    const workspace = await tempDir();
    const core = await open(workspace);
    const meeting = await core.createMeeting(NEW_MEETING);
    await core.saveMeeting({ meeting: withNotes(meeting, 'Wachtlijsten jeugdhulp') });
    await core.searchMeetings({ query: 'wachtlijsten' });
    await core.close();
    const stored = JSON.parse(await readFile(join(workspace, SEARCH_INDEX_FILE), 'utf8'));
    expect(stored.version).toBe(SEARCH_INDEX_VERSION);
    expect(Object.keys(stored.meetings)).toEqual([meeting.id]);

    const reopened = await open(workspace);
    expect((await reopened.searchMeetings({ query: 'wachtlijst*' })).hits).toHaveLength(1);
    await reopened.close();
  });

  it('indexes again a meeting whose file changed while the index was not looking', async () => {
    const workspace = await tempDir();
    const core = await open(workspace);
    const meeting = await core.createMeeting(NEW_MEETING);
    await core.searchMeetings({ query: 'iets' });
    await core.close();
    // Another program (or a save whose index write a crash cut off) changed the file.
    const file = join(workspace, 'meetings', `${meeting.id}.json`);
    await writeFile(file, JSON.stringify(withNotes(meeting, 'Regiovisie huiselijk geweld')));
    const reopened = await open(workspace);
    expect((await reopened.searchMeetings({ query: 'regiovisie' })).hits).toHaveLength(1);
    await reopened.close();
  });

  it.each([
    ['damaged', '{"version": 1, "meetings": {'],
    ['of an older version', JSON.stringify({ version: 0, meetings: {}, engine: {} })],
    ['not an index at all', JSON.stringify({ version: SEARCH_INDEX_VERSION, decisionSubject: 'Het portefeuillehoudersoverleg', meetings: {}, engine: { nonsense: true } })],
  ])('is built anew, without an error, when the file is %s', async (_, text) => {
    const workspace = await tempDir();
    const core = await open(workspace);
    const meeting = await core.createMeeting(NEW_MEETING);
    await core.saveMeeting({ meeting: withNotes(meeting, 'Beschermd wonen') });
    await core.close();
    await writeFile(join(workspace, SEARCH_INDEX_FILE), text);
    const reopened = await open(workspace);
    expect((await reopened.searchMeetings({ query: '"beschermd wonen"' })).hits).toHaveLength(1);
    await reopened.close();
    expect(JSON.parse(await readFile(join(workspace, SEARCH_INDEX_FILE), 'utf8')).version).toBe(SEARCH_INDEX_VERSION);
  });

  it('filters to decisions, to a domain table and to a period', async () => {
    const core = await open(await tempDir());
    const meeting = await core.createMeeting(NEW_MEETING);
    await core.saveMeeting({ meeting: withNotes(meeting, 'Over dagbesteding gesproken.', 'Dagbesteding wordt regionaal ingekocht.') });
    const kinds = async (query: string, filters = {}) => (await core.searchMeetings({ query, filters })).hits.map((hit) => hit.kind).sort();
    expect(await kinds('dagbesteding')).toEqual(['decision', 'notes']);
    expect(await kinds('dagbesteding alleen:besluiten')).toEqual(['decision']);
    expect(await kinds('dagbesteding', { onlyDecisions: true })).toEqual(['decision']);
    expect(await kinds('dagbesteding', { section: 'gezondheid' })).toEqual([]);
    expect(await kinds('dagbesteding', { section: meeting.sections[0]!.title })).toEqual(['decision', 'notes']);
    expect(await kinds('dagbesteding periode:2024-04')).toEqual(['decision', 'notes']);
    expect(await kinds('dagbesteding van:2024-05')).toEqual([]);
    await core.close();
  });
});

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NotulistApi } from '../../shared/api/contract';
import { useTwoLaptops } from './two-laptops';

const { twoLaptops } = useTwoLaptops();

const ids = async (api: NotulistApi) => (await api.listMeetings()).map((entry) => entry.id);

async function saveDecision(api: NotulistApi, id: string, decision: string): Promise<void> {
  const meeting = await api.getMeeting({ id });
  const [section, ...rest] = meeting.sections;
  const [item, ...others] = section!.items;
  await api.saveMeeting({ meeting: { ...meeting, sections: [{ ...section!, items: [{ ...item!, decision }, ...others] }, ...rest] } });
}

describe('deleting a whole meeting on a synced laptop', () => {
  it('moves it to the trash on the other laptop too, which keeps it there', async () => {
    const { a, b, exchange, root } = await twoLaptops();
    const meeting = await a.createMeeting({ name: 'Overleg', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] });
    await exchange();
    expect(await ids(b)).toEqual([meeting.id]);
    await a.deleteMeeting({ id: meeting.id });
    await exchange();
    expect(await ids(a)).toEqual([]);
    expect(await ids(b)).toEqual([]);
    expect((await b.getSyncStatus()).written[meeting.id]).toBe('deleted');
    expect((await b.getInfo()).notices).toContainEqual(expect.objectContaining({ code: 'deleted-elsewhere', meetingName: 'Overleg' }));
    expect((await readdir(join(root, 'b-workspace', 'trash'))).filter((name) => name.endsWith(`${meeting.id}.json`))).toHaveLength(1);
    // Settled: further rounds write nothing anywhere.
    expect((await a.syncNow()).wrote).toEqual([]);
    expect((await b.syncNow()).wrote).toEqual([]);
  });

  it('brings it back on both laptops when the other typed in it without having seen the deletion', async () => {
    const { a, b, exchange } = await twoLaptops();
    const meeting = await a.createMeeting({ name: 'Overleg', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] });
    await exchange();
    await a.deleteMeeting({ id: meeting.id });
    await saveDecision(b, meeting.id, 'Besluit van Joke, getypt terwijl Marielle verwijderde');
    await exchange();
    expect((await a.getInfo()).notices).toContainEqual(expect.objectContaining({ code: 'revived-elsewhere', meetingName: 'Overleg' }));
    // Joke kept typing in it: she is not told it came back.
    expect((await b.getInfo()).notices.map((notice) => notice.code)).not.toContain('revived-elsewhere');
    for (const laptop of [a, b]) {
      expect(await ids(laptop)).toEqual([meeting.id]);
      expect((await laptop.getMeeting({ id: meeting.id })).sections[0]!.items[0]!.decision).toBe('Besluit van Joke, getypt terwijl Marielle verwijderde');
    }
  });

  it('keeps it on the laptop where it is open, and moves it once she is back on the list', async () => {
    const { a, b, exchange } = await twoLaptops();
    const meeting = await a.createMeeting({ name: 'Overleg', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] });
    const other = await a.createMeeting({ name: 'Ander overleg', date: '2023-03-23', domains: ['jeugd-en-onderwijs'] });
    await exchange();
    await b.getMeeting({ id: meeting.id });
    await b.getSyncStatus({ open: meeting.id });
    await a.deleteMeeting({ id: meeting.id });
    await exchange();
    expect(await ids(b)).toContain(meeting.id);
    expect((await b.getSyncStatus()).report?.problems.join('\n')).toContain('kept here while it is in use');
    // Back on the list: the header's next status question names no meeting on screen.
    await b.getSyncStatus({});
    await b.syncNow();
    expect(await ids(b)).toEqual([other.id]);
  });
});

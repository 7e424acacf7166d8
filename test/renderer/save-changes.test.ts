import { describe, expect, it } from 'vitest';
import type { NotulistApi } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { createMeeting } from '../../shared/agenda/new-meeting';
import { updateItem } from '../../shared/agenda/agenda-edit';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { createMeetingSaver } from '../../renderer/store/save-changes';

const opened = createMeeting({ name: 'PFHO', date: '2023-02-23', domains: ['jeugd-en-onderwijs', 'werk-en-participatie', 'sociaal-domein-algemeen'] }, DEFAULT_SETTINGS, new Date(0));

/** Records what the renderer sends; `refuse` makes saveMeetingChanges answer invalid-argument. */
function recordingApi(refuse = false) {
  const sent: { method: string; tables: string[]; items?: string[] }[] = [];
  const bases: string[] = [];
  const api = {
    saveMeetingChanges: async ({ base, sections, items = [] }: { base: string; sections: { id: string }[]; items?: { item: { id: string } }[] }) => {
      sent.push({ method: 'changes', tables: sections.map((s) => s.id), items: items.map((i) => i.item.id) });
      bases.push(base);
      if (refuse) throw new ApiError('invalid-argument', 'unknown table');
      return { savedAt: `revision ${bases.length}` };
    },
    saveMeeting: async ({ meeting }: { meeting: typeof opened }) => {
      sent.push({ method: 'full', tables: meeting.sections.map((s) => s.id) });
      return { savedAt: 'now' };
    },
  } as unknown as NotulistApi;
  return { api, sent, bases };
}

describe('saving from the renderer', () => {
  it('sends only the items changed since the last save, while their tables are otherwise as saved', async () => {
    const { api, sent } = recordingApi();
    const { save } = createMeetingSaver(api, opened);
    const typed = updateItem(opened, opened.sections[1]!.items[0]!.id, (i) => ({ ...i, decision: 'Vastgesteld.' }));
    await save(typed);
    const again = updateItem(typed, opened.sections[2]!.items[1]!.id, (i) => ({ ...i, decision: 'Kennisgenomen.' }));
    await save(again);
    await save({ ...again, reference: '23.0001000' });
    expect(sent).toEqual([
      { method: 'changes', tables: [], items: [opened.sections[1]!.items[0]!.id] },
      { method: 'changes', tables: [], items: [opened.sections[2]!.items[1]!.id] },
      { method: 'changes', tables: [], items: [] },
    ]);
  });

  it('builds each save on the revision the core gave the one before, starting from the meeting as read', async () => {
    const { api, bases } = recordingApi();
    const { save } = createMeetingSaver(api, opened);
    const typed = updateItem(opened, opened.sections[1]!.items[0]!.id, (i) => ({ ...i, decision: 'Vastgesteld.' }));
    await save(typed);
    await save({ ...typed, reference: '23.0001000' });
    expect(bases).toEqual([opened.updatedAt, 'revision 1']);
  });

  it('sends a whole table when its own fields or the order of its items changed', async () => {
    const { api, sent } = recordingApi();
    const { save } = createMeetingSaver(api, opened);
    const [first, second] = opened.sections;
    const chaired = { ...opened, sections: opened.sections.map((s) => (s === first ? { ...s, chair: 'Mirjam Havinga' } : s)) };
    await save(chaired);
    const reordered = { ...chaired, sections: chaired.sections.map((s) => (s === second ? { ...s, items: [...s.items].reverse() } : s)) };
    await save(reordered);
    expect(sent).toEqual([
      { method: 'changes', tables: [first!.id], items: [] },
      { method: 'changes', tables: [second!.id], items: [] },
    ]);
  });

  it('sends the whole meeting when the core does not know a table', async () => {
    const { api, sent } = recordingApi(true);
    await createMeetingSaver(api, opened).save(opened);
    expect(sent.map((s) => s.method)).toEqual(['changes', 'full']);
  });
});

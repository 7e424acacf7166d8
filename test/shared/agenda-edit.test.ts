import { describe, expect, it } from 'vitest';
import { allItems, insertItem, itemNumber, moveItem, moveItemTo, moveSection, moveSectionTo, removeItem, updateItem } from '../../shared/agenda/agenda-edit';
import { createMeeting, newAgendaItem } from '../../shared/agenda/new-meeting';
import { recordPresence } from '../../shared/agenda/presence';
import { DEFAULT_PHRASES } from '../../shared/phrases/default-phrases';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';

const base = createMeeting({ name: 'PFHO', date: '2023-02-23', domains: ['jeugd-en-onderwijs', 'werk-en-participatie'] }, DEFAULT_SETTINGS, new Date(0));
const [jeugd, werk] = base.sections as [(typeof base.sections)[0], (typeof base.sections)[0]];
const titles = (m: typeof base) => m.sections.map((s) => s.items.map((i) => i.title));

describe('editing the agenda', () => {
  it('inserts an item after another, or at the end of its section', () => {
    const added = insertItem(base, jeugd.id, newAgendaItem('discussion', 'Jeugdhulp met verblijf'), jeugd.items[4]!.id);
    expect(titles(added)[0]![5]).toBe('Jeugdhulp met verblijf');
    const atEnd = insertItem(base, werk.id, newAgendaItem('discussion', 'BaanTalent'));
    expect(titles(atEnd)[1]!.at(-1)).toBe('BaanTalent');
    expect(titles(base)[0]).toHaveLength(6);
  });

  it('moves an item up and down, and across into the neighbouring domain table at the edges', () => {
    const rondvraag = jeugd.items[5]!.id;
    expect(titles(moveItem(base, rondvraag, -1))[0]!.slice(4)).toEqual(['Rondvraag', 'Bespreekpunt']);
    const across = moveItem(base, rondvraag, 1);
    expect(titles(across)[0]).toHaveLength(5);
    expect(titles(across)[1]![0]).toBe('Rondvraag');
    expect(moveItem(base, jeugd.items[0]!.id, -1)).toBe(base);
  });

  it('drops an item at any place in any section', () => {
    const moved = moveItemTo(base, jeugd.items[4]!.id, werk.id, 1);
    expect(titles(moved)[1]!.slice(0, 2)).toEqual(['Opening en mededelingen', 'Bespreekpunt']);
    expect(titles(moved)[0]).not.toContain('Bespreekpunt');
  });

  it('removes and renames items, moves sections, and numbers items per domain table', () => {
    const removed = removeItem(base, jeugd.items[1]!.id);
    expect(itemNumber(removed, jeugd.items[2]!.id)).toBe(2);
    const renamed = updateItem(base, jeugd.items[4]!.id, (item) => ({ ...item, title: 'Governance BORN' }));
    expect(titles(renamed)[0]![4]).toBe('Governance BORN');
    expect(moveSection(base, werk.id, -1).sections.map((s) => s.title)).toEqual(['Werk en Participatie', 'Jeugd en Onderwijs']);
    expect(moveSectionTo(base, jeugd.id, 5).sections.map((s) => s.title)).toEqual(['Werk en Participatie', 'Jeugd en Onderwijs']);
    expect(moveSectionTo(base, 'unknown', 0)).toEqual(base);
    expect(allItems(base)).toHaveLength(12);
  });
});

describe('presence in one keystroke', () => {
  const meeting = {
    ...base,
    attendees: [{ id: 'a1', name: 'Joke Lanphen', municipality: 'Blaricum', portfolios: [], status: 'absent' as const }],
  };

  it('records a late arrival at the current item and gives the line for the notes', () => {
    const result = recordPresence(meeting, 'a1', jeugd.items[4]!.id, 'arrival', DEFAULT_PHRASES)!;
    expect(result.line).toBe('Joke Lanphen (Blaricum) sluit aan vanaf agendapunt 5.');
    expect(result.meeting.attendees[0]).toMatchObject({ status: 'present', fromItemId: jeugd.items[4]!.id });
  });

  it('records a departure after an item', () => {
    const result = recordPresence(meeting, 'a1', werk.items[2]!.id, 'departure', DEFAULT_PHRASES)!;
    expect(result.line).toBe('Joke Lanphen (Blaricum) verlaat de vergadering na agendapunt 3.');
    expect(result.meeting.attendees[0]!.untilItemId).toBe(werk.items[2]!.id);
  });
});

import { describe, expect, it } from 'vitest';
import { itemNumber } from '../../shared/agenda/agenda-edit';
import { agendaNumbers } from '../../shared/agenda/agenda-numbers';
import { createMeeting } from '../../shared/agenda/new-meeting';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';

const meeting = createMeeting({ name: 'PFHO', date: '2023-02-23', domains: ['jeugd-en-onderwijs', 'werk-en-participatie'] }, DEFAULT_SETTINGS, new Date(0));
const [jeugd, werk] = meeting.sections as [(typeof meeting.sections)[0], (typeof meeting.sections)[0]];

describe('agenda numbers', () => {
  it('count 1, 2, 3 … on through the whole meeting', () => {
    const numbers = agendaNumbers(meeting, 'meeting');
    expect(jeugd.items.map((item) => numbers.get(item.id))).toEqual(jeugd.items.map((_, index) => index + 1));
    expect(numbers.get(werk.items[0]!.id)).toBe(jeugd.items.length + 1);
    expect(numbers.get(werk.items.at(-1)!.id)).toBe(jeugd.items.length + werk.items.length);
  });

  it('start again at 1 in every domain table when the house style says so', () => {
    const numbers = agendaNumbers(meeting, 'section');
    expect(werk.items.map((item) => numbers.get(item.id))).toEqual(werk.items.map((_, index) => index + 1));
    expect(numbers.get(jeugd.items[2]!.id)).toBe(3);
  });

  it('give every item exactly one number, and none to an id that is not on the agenda', () => {
    const numbers = agendaNumbers(meeting, 'meeting');
    expect(numbers.size).toBe(jeugd.items.length + werk.items.length);
    expect(new Set(numbers.values()).size).toBe(numbers.size);
    expect(numbers.get('gone')).toBeUndefined();
  });

  it('are what "agendapunt 5" means for presence and phrases, by the same count', () => {
    expect(itemNumber(meeting, werk.items[1]!.id)).toBe(2);
    expect(itemNumber(meeting, werk.items[1]!.id, 'meeting')).toBe(jeugd.items.length + 2);
  });
});

import { describe, expect, it } from 'vitest';
import { readAttendees } from '../../shared/archive/import/attendee-text';
import { parseDutchDate, splitMeetingLine } from '../../shared/archive/import/dutch-dates';
import { readAction } from '../../shared/archive/import/item-record';

let n = 0;
const newId = () => `id-${(n += 1)}`;

describe('reading the resumé\'s lines', () => {
  it('reads a Dutch date, refusing a day that does not exist', () => {
    expect(parseDutchDate('23 februari 2023')).toBe('2023-02-23');
    expect(parseDutchDate('1 Maart 2024')).toBe('2024-03-01');
    expect(parseDutchDate('30 februari 2023')).toBeUndefined();
    expect(parseDutchDate('Overleg 23 februari 2023')).toBeUndefined();
  });

  it('splits the meeting line into name and date, with or without the recorded times', () => {
    expect(splitMeetingLine('Overleg portefeuillehouders sociaal domein 23 februari 2023')).toEqual({ name: 'Overleg portefeuillehouders sociaal domein', date: '2023-02-23' });
    expect(splitMeetingLine('PFHO Jeugd, Onderwijs – 13 april 2023, aanvang 14:00, einde 16:10')).toEqual({ name: 'PFHO Jeugd, Onderwijs', date: '2023-04-13' });
    expect(splitMeetingLine('23 februari 2023')).toBeUndefined();
    expect(splitMeetingLine('Geachte heer Jansen,')).toBeUndefined();
  });

  it('reads people with municipality, portfolios, guests, late arrivals and early departures', () => {
    const listed = readAttendees('Joke\u00a0Lanphen (Blaricum) (vanaf agendapunt 5), Barbara\u00a0Boudewijnse (Gooise\u00a0Meren, Gezondheid en Ondersteuning, Werk & Participatie), Jelmer\u00a0Kruijt (Jeugd & Onderwijs), Marcel\u00a0Moes (Stolwijk Publiek Advies, gast) (tot agendapunt 7)', 'present');
    expect(listed).toEqual([
      { name: 'Joke Lanphen', municipality: 'Blaricum', portfolios: [], status: 'present', fromNumber: 5 },
      { name: 'Barbara Boudewijnse', municipality: 'Gooise Meren', portfolios: ['Gezondheid en Ondersteuning', 'Werk & Participatie'], status: 'present' },
      { name: 'Jelmer Kruijt', municipality: '', portfolios: ['Jeugd & Onderwijs'], status: 'present' },
      { name: 'Marcel Moes', municipality: '', portfolios: ['Stolwijk Publiek Advies'], status: 'guest', untilNumber: 7 },
    ]);
  });

  it('takes a typed list of people apart the same way, a lone portfolio word not taken for a town', () => {
    expect(readAttendees('Karin van Hunnik (Onderwijs); Roland Boom (Gooise Meren)', 'absent').map(({ municipality, portfolios }) => [municipality, portfolios])).toEqual([
      ['', ['Onderwijs']],
      ['Gooise Meren', []],
    ]);
  });

  it('reads an action with who, due date and done; an action without details keeps its text whole', () => {
    expect(readAction('Raadsinformatiebrief opstellen (Regio, uiterlijk 15 januari 2027, afgerond)', newId)).toMatchObject({ what: 'Raadsinformatiebrief opstellen', who: 'Regio', due: '2027-01-15', done: true });
    expect(readAction('Webinar organiseren', newId)).toMatchObject({ what: 'Webinar organiseren', who: '', done: false });
  });
});

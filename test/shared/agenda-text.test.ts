import { describe, expect, it } from 'vitest';
import { parseAgendaText } from '../../shared/agenda/agenda-text';
import { inferItemKind } from '../../shared/agenda/infer-kind';
import { findPreviousMeeting, titleMinutesItems } from '../../shared/agenda/previous-meeting';
import { MeetingSchema } from '../../shared/model/meeting';

const titles = (text: string) => parseAgendaText(text, 'Sociaal domein algemeen').sections.map((s) => [s.title, s.items.map((i) => i.title)]);

describe('an agenda pasted as text', () => {
  it('makes one item per line, strips numbering and starts a section at a line in capitals', () => {
    const parsed = parseAgendaText(
      ['JEUGD EN ONDERWIJS', '1. Agenda en mededelingen', '2) Resumé van 15 december 2022', '3. Verlengen en uitbreiden gezinsgerichte groep', '', 'WERK EN PARTICIPATIE', '10.1 Banenafspraak', '- BaanTalent', 'Rondvraag'].join('\n'),
      'Sociaal domein algemeen',
    );
    expect(parsed.warnings).toEqual([]);
    expect(parsed.sections.map((s) => [s.title, s.domain, s.items.map((i) => [i.kind, i.title])])).toEqual([
      ['Jeugd en Onderwijs', 'jeugd-en-onderwijs', [['opening', 'Agenda en mededelingen'], ['minutes', 'Resumé van 15 december 2022'], ['discussion', 'Verlengen en uitbreiden gezinsgerichte groep']]],
      ['Werk en Participatie', 'werk-en-participatie', [['discussion', 'Banenafspraak'], ['discussion', 'BaanTalent'], ['any-other-business', 'Rondvraag']]],
    ]);
    for (const section of parsed.sections) expect(() => MeetingSchema.shape.sections.element.parse(section)).not.toThrow();
  });

  it('puts items before any heading into the default section', () => {
    expect(titles('Opening\nConformstukken')).toEqual([['Sociaal domein algemeen', ['Opening', 'Conformstukken']]]);
  });

  it('skips empty lines and Windows line ends, keeps odd numbering out of titles', () => {
    expect(titles('\r\n  7.  Relatie met aanbieders \r\n\r\n\ta. Governance BORN\r\n')).toEqual([
      ['Sociaal domein algemeen', ['Relatie met aanbieders', 'Governance BORN']],
    ]);
  });

  it('keeps an unknown section heading as typed, in sentence case', () => {
    expect(titles('WONEN EN ZORG\nHuren onder voorwaarden')).toEqual([['Wonen en zorg', ['Huren onder voorwaarden']]]);
  });

  it('says so when a line holds only a number, a section has no items, or nothing is found', () => {
    expect(parseAgendaText('3.\nOpening', 'X').warnings).toEqual([{ code: 'number-only', line: '3.' }]);
    expect(parseAgendaText('JEUGD\nWERK EN PARTICIPATIE\nBaanTalent', 'X').warnings).toEqual([{ code: 'empty-section', section: 'Jeugd' }]);
    expect(parseAgendaText('', 'X')).toEqual({ sections: [], warnings: [{ code: 'no-items' }] });
    expect(parseAgendaText('JEUGD\nWERK', 'X').warnings).toContainEqual({ code: 'no-items' });
  });

  it('does not take an item with an abbreviation for a section', () => {
    expect(titles('GEZONDHEID EN ONDERSTEUNING\nInzet capaciteit IZA')).toEqual([['Gezondheid en Ondersteuning', ['Inzet capaciteit IZA']]]);
  });
});

describe('the kind of an item from its title', () => {
  it('recognises the standard agenda', () => {
    expect(inferItemKind('Opening en mededelingen')).toBe('opening');
    expect(inferItemKind('Vaststellen agenda')).toBe('agenda');
    expect(inferItemKind('Resumé van 16 december 2022')).toBe('minutes');
    expect(inferItemKind('Conformstuk')).toBe('consent');
    expect(inferItemKind('Rondvraag')).toBe('any-other-business');
    expect(inferItemKind('Aanpak borging continuïteit dagbesteding')).toBe('discussion');
  });
});

describe('the previous meeting', () => {
  const summary = (id: string, name: string, date: string) => ({ id, name, date, updatedAt: '' });
  const meetings = [
    summary('a', 'Overleg portefeuillehouders sociaal domein', '2022-12-15'),
    summary('b', 'Overleg portefeuillehouders sociaal domein', '2022-10-06'),
    summary('c', 'PFHO Fysiek domein', '2023-01-19'),
    summary('d', 'overleg portefeuillehouders sociaal domein ', '2023-04-13'),
  ];

  it('is the latest earlier meeting of the same name', () => {
    expect(findPreviousMeeting(meetings, { id: 'x', name: 'Overleg portefeuillehouders sociaal domein', date: '2023-02-23' })?.id).toBe('a');
  });

  it('matches names regardless of case and spaces, and never the meeting itself or a later one', () => {
    expect(findPreviousMeeting(meetings, { id: 'd', name: 'Overleg portefeuillehouders sociaal domein', date: '2023-04-13' })?.id).toBe('a');
    expect(findPreviousMeeting(meetings, { id: 'x', name: 'Overleg portefeuillehouders sociaal domein', date: '2022-10-06' })).toBeUndefined();
  });
});

describe('the previous-minutes item', () => {
  it('is titled with the date of the previous meeting, unless the secretary titled it herself', () => {
    const meeting = { sections: [{ items: [
      { kind: 'minutes', title: 'Resumé van het vorige overleg' },
      { kind: 'minutes', title: 'Resumé van 16 december 2022' },
      { kind: 'discussion', title: 'Resumé van het vorige overleg' },
    ] }] };
    expect(titleMinutesItems(meeting, '15 december 2022').sections[0]!.items.map((i) => i.title)).toEqual([
      'Resumé van 15 december 2022',
      'Resumé van 16 december 2022',
      'Resumé van het vorige overleg',
    ]);
    const titled = titleMinutesItems(meeting, '15 december 2022');
    expect(titleMinutesItems(titled, '15 december 2022')).toBe(titled);
  });
});

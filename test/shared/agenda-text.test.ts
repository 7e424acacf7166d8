import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgendaText } from '../../shared/agenda/agenda-text';
import { inferItemKind } from '../../shared/agenda/infer-kind';
import { carryOverAttendees, findPreviousMeeting, titleMinutesItems } from '../../shared/agenda/previous-meeting';

const titles = (text: string) => parseAgendaText(text, 'Sociaal domein algemeen').sections.map((s) => [s.title, s.items.map((i) => i.title)]);

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'agendas', name), 'utf8');
const kinds = (text: string, known: string[] = []) =>
  parseAgendaText(text, 'Sociaal domein algemeen', known).sections.map((s) => [s.title, s.items.map((i) => `${i.kind}: ${i.title}`)]);

describe('an agenda pasted as text', () => {
  it('makes one item per line, strips numbering and starts a domain table at a line in capitals', () => {
    const parsed = parseAgendaText(
      ['JEUGD EN ONDERWIJS', '1. Agenda en mededelingen', '2) Resumé van 15 december 2022', '3. Verlengen en uitbreiden gezinsgerichte groep', '', 'WERK EN PARTICIPATIE', '10.1 Banenafspraak', '10.2 BaanTalent', 'Rondvraag'].join('\n'),
      'Sociaal domein algemeen',
    );
    expect(parsed.warnings).toEqual([]);
    expect(parsed.sections.map((s) => [s.title, s.domain, s.items.map((i) => [i.kind, i.title])])).toEqual([
      ['Jeugd en Onderwijs', 'jeugd-en-onderwijs', [['opening', 'Agenda en mededelingen'], ['minutes', 'Resumé van 15 december 2022'], ['discussion', 'Verlengen en uitbreiden gezinsgerichte groep']]],
      ['Werk en Participatie', 'werk-en-participatie', [['discussion', 'Banenafspraak'], ['discussion', 'BaanTalent'], ['any-other-business', 'Rondvraag']]],
    ]);
  });

  it('puts items before any heading into the default domain table', () => {
    expect(kinds('Opening\nVoortgang WEB')).toEqual([['Sociaal domein algemeen', ['opening: Opening', 'discussion: Voortgang WEB']]]);
  });

  it('skips empty lines, tabs and Windows line ends, and keeps odd numbering out of titles', () => {
    expect(kinds('\r\n  7.  Relatie met aanbieders \r\n\r\n\tAgendapunt 8: Governance BORN\r\n')).toEqual([
      ['Sociaal domein algemeen', ['discussion: Relatie met aanbieders', 'discussion: Governance BORN']],
    ]);
  });

  it('knows a domain table by its name whatever the case, accents or "&", and keeps an unknown heading in sentence case', () => {
    expect(kinds('WONEN EN ZORG\nHuren onder voorwaarden')).toEqual([['Wonen en zorg', ['discussion: Huren onder voorwaarden']]]);
    expect(kinds('Werk & Participatie\nBaanTalent').map(([title]) => title)).toEqual(['Werk en Participatie']);
    expect(kinds('regionale samenwerking\nBaanTalent', ['Regionale Samenwerking']).map(([title]) => title)).toEqual(['Regionale Samenwerking']);
  });

  it('makes "a./b." lines under an item its sub-points, lettered or bulleted as written', () => {
    const [item] = parseAgendaText('3. Banenafspraak\na. stand van zaken\nb) inzet BaanTalent\n- toelichting', 'X').sections[0]!.items;
    expect(item).toEqual({
      kind: 'discussion',
      title: 'Banenafspraak',
      subPoints: [{ style: 'lettered', text: 'stand van zaken' }, { style: 'lettered', text: 'inzet BaanTalent' }, { style: 'bullet', text: 'toelichting' }],
      proposals: [],
    });
  });

  it('makes sub-points that read as decision points the item\'s proposals', () => {
    const [item] = parseAgendaText('Dagbesteding\nVoorstel 1. Opdracht geven aan de Regio\na. In te stemmen met de aanpak\nVoorstel:\n- het budget te reserveren', 'X').sections[0]!.items;
    expect(item!.proposals).toEqual(['Opdracht geven aan de Regio', 'In te stemmen met de aanpak', 'het budget te reserveren']);
    expect(item!.subPoints).toEqual([]);
  });

  it('lets "5. Bespreekpunten" and "Conformstukken" set the kind of the lines under them instead of becoming items', () => {
    expect(kinds('1. Opening\n4. Conformstukken\na. Jaarverslag RBL\n5. Bespreekpunten\n5.1 BaanTalent\n5.2 Voortgang WEB\n6. Rondvraag')).toEqual([
      ['Sociaal domein algemeen', ['opening: Opening', 'consent: Jaarverslag RBL', 'discussion: BaanTalent', 'discussion: Voortgang WEB', 'any-other-business: Rondvraag']],
    ]);
    // Unnumbered headings hold until a heading or an item of the standard agenda ends them.
    expect(kinds('Ter informatie\nJaarverslag\nHamerstukken\nZienswijze begroting\nRondvraag')).toEqual([
      ['Sociaal domein algemeen', ['other: Jaarverslag', 'consent: Zienswijze begroting', 'any-other-business: Rondvraag']],
    ]);
  });

  it('keeps "Conformstukken" with nothing under it as the consent item, and says so of an empty "Bespreekpunten"', () => {
    const parsed = parseAgendaText('Rondvraag\nConformstukken\n5. Bespreekpunten\n6. Rondvraag', 'X');
    expect(parsed.sections[0]!.items.map((i) => `${i.kind}: ${i.title}`)).toEqual(['any-other-business: Rondvraag', 'consent: Conformstukken', 'any-other-business: Rondvraag']);
    expect(parsed.warnings).toEqual([{ code: 'empty-heading', line: '5. Bespreekpunten' }]);
  });

  it('says so when a line holds only a number, a table has no items, the first line is the invitation\'s title, or nothing is found', () => {
    expect(parseAgendaText('3.\nOpening', 'X').warnings).toEqual([{ code: 'number-only', line: '3.' }]);
    expect(parseAgendaText('JEUGD\nWERK EN PARTICIPATIE\nBaanTalent', 'X').warnings).toEqual([{ code: 'empty-section', section: 'Jeugd' }]);
    expect(parseAgendaText('Agenda PFHO Sociaal Domein 13 april 2023\nOpening', 'X').warnings).toEqual([{ code: 'title-line', line: 'Agenda PFHO Sociaal Domein 13 april 2023' }]);
    expect(parseAgendaText('', 'X')).toEqual({ sections: [], warnings: [{ code: 'no-items' }] });
    expect(parseAgendaText('JEUGD\nWERK', 'X').warnings).toContainEqual({ code: 'no-items' });
  });

  it('does not take an item with an abbreviation for a domain table', () => {
    expect(kinds('GEZONDHEID EN ONDERSTEUNING\nInzet capaciteit IZA')).toEqual([['Gezondheid en Ondersteuning', ['discussion: Inzet capaciteit IZA']]]);
  });
});

describe('real agendas as they are pasted', () => {
  it('reads the agenda of the resumé of 23 February 2023: four tables, mixed-case "Sociaal domein algemeen", proposals and knelpunten', () => {
    const parsed = parseAgendaText(fixture('resume-2023-02-23.agenda.txt'), 'Agenda');
    expect(parsed.warnings).toEqual([]);
    expect(parsed.sections.map((s) => [s.domain, s.items.length])).toEqual([
      ['gezondheid-en-ondersteuning', 6],
      ['sociaal-domein-algemeen', 3],
      ['jeugd-en-onderwijs', 9],
      ['werk-en-participatie', 7],
    ]);
    const [gezondheid, sociaal, jeugd, werk] = parsed.sections;
    expect(gezondheid!.items.map((i) => i.kind)).toEqual(['opening', 'minutes', 'discussion', 'discussion', 'any-other-business', 'consent']);
    expect(sociaal!.items[0]!.proposals).toHaveLength(4);
    expect(sociaal!.items[0]!.proposals[2]).toBe('Besluiten om het regionaal benodigde budget van €30.000 beschikbaar te stellen.');
    expect(jeugd!.items.at(-1)).toMatchObject({ kind: 'consent', title: 'Conformstuk' });
    const web = werk!.items.find((i) => i.title.startsWith('Voortgang WEB'))!;
    expect(web.subPoints.map((p) => `${p.style}: ${p.text}`)).toEqual([
      'bullet: Het vinden van de doelgroep (bereik)',
      'bullet: Aanmelden en plaatsing deelnemers (proces)',
      'bullet: Monitoring, effect en sturing (effect)',
    ]);
  });

  it('reads a numbered invitation: its title line, lettered conformstukken and bespreekpunten, a proposal list, "4.1" items', () => {
    const parsed = parseAgendaText(fixture('numbered-invitation.agenda.txt'), 'Agenda');
    expect(parsed.warnings).toEqual([{ code: 'title-line', line: 'Agenda PFHO Sociaal Domein 13 april 2023' }]);
    expect(parsed.sections.map((s) => [s.title, s.items.map((i) => `${i.kind}: ${i.title}`)])).toEqual([
      ['Jeugd en Onderwijs', [
        'opening: Opening en mededelingen',
        'agenda: Vaststellen agenda',
        'minutes: Resumé van 23 februari 2023',
        'consent: Jaarverslag Regionaal Bureau Leerlingzaken 2022',
        'consent: Subsidieverlening jeugdpreventie',
        'discussion: Verlengen en uitbreiden gezinsgerichte groep',
        'discussion: Jeugdhulp met verblijf: voortgangsrapportage',
        'discussion: Governance BORN',
        'any-other-business: Rondvraag',
      ]],
      ['Werk en Participatie', [
        'opening: Opening en mededelingen',
        'minutes: Resumé van 16 februari 2023',
        'discussion: Banenafspraak',
        'discussion: Voortgang WEB (Wet Educatie Beroepsonderwijs)',
        'discussion: Update business case werkgeversdienstverlening',
        'any-other-business: Rondvraag',
      ]],
    ]);
    const [jeugd, werk] = parsed.sections;
    expect(jeugd!.items[5]!.proposals).toEqual(['In te stemmen met verlenging van de afspraken tot 1 januari 2024', 'In te stemmen met een tweede gezinsgerichte groep']);
    expect(werk!.items[2]!.subPoints).toEqual([{ style: 'lettered', text: 'stand van zaken regionale banenafspraak' }, { style: 'lettered', text: 'inzet BaanTalent bij werkgevers' }]);
  });

  it('reads an invitation with time slots, "Agendapunt 3:", "Ter besluitvorming", "Ter informatie" and bulleted hamerstukken', () => {
    const parsed = parseAgendaText(fixture('timed-invitation.agenda.txt').replace(/\n/g, '\r\n'), 'Agenda');
    expect(parsed.warnings).toEqual([]);
    const [section] = parsed.sections;
    expect(section!.domain).toBe('gezondheid-en-ondersteuning');
    expect(section!.items.map((i) => `${i.kind}: ${i.title}`)).toEqual([
      'opening: Opening en mededelingen',
      'minutes: Resumé van 23 februari 2023',
      'discussion: Aanpak borging continuïteit dagbesteding',
      'discussion: Inzet gemeentelijke capaciteit Integraal Zorgakkoord',
      'other: Terugkoppeling uit de bestuurlijke overleggen',
      'consent: Jaarrekening GGD 2022',
      'consent: Zienswijze begroting 2024',
      'any-other-business: Rondvraag',
    ]);
    expect(section!.items[2]!.proposals).toHaveLength(2);
    expect(section!.items[4]!.subPoints.map((p) => p.text)).toEqual(['Gezond Gooi en omstreken', 'Bestuurlijk overleg Bescherming en Opvang', 'Regionale Ambulance Voorziening']);
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

describe('attendees carried over from the previous meeting', () => {
  const ids = () => {
    let n = 0;
    return () => `new-${++n}`;
  };
  const previous = [
    { id: 'a1', personId: 'p-joke', name: 'Joke Lanphen', municipality: 'Blaricum', portfolios: [], status: 'present' as const, fromItemId: 'old-item' },
    { id: 'a2', personId: 'p-roland', name: 'Roland Boom', municipality: 'Huizen', portfolios: ['Onderwijs'], status: 'absent' as const },
    { id: 'a3', name: 'Marcel Moes', municipality: '', portfolios: [], status: 'guest' as const },
    { id: 'a4', name: 'Bart Heller', municipality: '', portfolios: ['Werk & Participatie'], status: 'present' as const },
  ];

  it('proposes the members, present or absent then, as present, and leaves the guests out', () => {
    expect(carryOverAttendees(previous, [], [], ids())).toEqual([
      { id: 'new-1', personId: 'p-joke', name: 'Joke Lanphen', municipality: 'Blaricum', portfolios: [], status: 'present' },
      { id: 'new-2', personId: 'p-roland', name: 'Roland Boom', municipality: 'Huizen', portfolios: ['Onderwijs'], status: 'present' },
      { id: 'new-3', name: 'Bart Heller', municipality: '', portfolios: ['Werk & Participatie'], status: 'present' },
    ]);
  });

  it('keeps who is on the list already, once, and takes details from the directory as it is now', () => {
    const current = [{ id: 'c1', name: 'bart heller', municipality: '', portfolios: [], status: 'absent' as const }];
    const people = [{ id: 'p-roland', name: 'Roland Boom', municipality: 'Huizen', portfolios: ['Onderwijs', 'Jeugd'], email: '' }];
    const carried = carryOverAttendees(previous, current, people, ids());
    expect(carried.map((a) => [a.name, a.status, a.portfolios])).toEqual([
      ['bart heller', 'absent', []],
      ['Joke Lanphen', 'present', []],
      ['Roland Boom', 'present', ['Onderwijs', 'Jeugd']],
    ]);
    expect(carryOverAttendees(previous, carried, people, ids())).toEqual(carried);
  });
});

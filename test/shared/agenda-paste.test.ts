import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pasteAgenda } from '../../shared/agenda/agenda-paste';
import { parseAgendaText } from '../../shared/agenda/agenda-text';
import { createMeeting } from '../../shared/agenda/new-meeting';
import { STANDARD_SECTIONS } from '../../shared/agenda/standard-agenda';
import { MeetingSchema, type Meeting } from '../../shared/model/meeting';
import { notesPlainText } from '../../shared/model/rich-text';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'agendas', name), 'utf8');
const standardMeeting = (domains = STANDARD_SECTIONS.map((t) => t.key)) => createMeeting({ name: 'PFHO', date: '2023-02-23', domains }, DEFAULT_SETTINGS, new Date(0));
const paste = (meeting: Meeting, text: string) => pasteAgenda(meeting, parseAgendaText(text, meeting.sections[0]!.title, meeting.sections.map((s) => s.title)));
const agendaOf = (meeting: Meeting) => meeting.sections.map((s) => [s.title, s.items.map((i) => i.title)]);

describe('pasting an agenda into a meeting', () => {
  it('puts the items into the domain tables the meeting has, in their place, without duplicating the standard agenda', () => {
    const meeting = standardMeeting(['jeugd-en-onderwijs']);
    const { meeting: pasted, sections } = paste(meeting, 'JEUGD EN ONDERWIJS\n1. Agenda en mededelingen\n2. Resumé van 15 december 2022\n3. Governance BORN\n4. Jeugdhulp met verblijf\n5. Rondvraag');
    expect(agendaOf(pasted)).toEqual([
      ['Jeugd en Onderwijs', ['Opening en mededelingen', 'Vaststellen agenda', 'Resumé van 15 december 2022', 'Conformstukken', 'Governance BORN', 'Jeugdhulp met verblijf', 'Rondvraag']],
    ]);
    expect(sections).toEqual([
      {
        title: 'Jeugd en Onderwijs',
        existing: true,
        added: [expect.objectContaining({ title: 'Governance BORN' }), expect.objectContaining({ title: 'Jeugdhulp met verblijf' })],
        merged: [
          { item: expect.objectContaining({ title: 'Agenda en mededelingen' }), into: 'Opening en mededelingen' },
          { item: expect.objectContaining({ title: 'Resumé van 15 december 2022' }), into: 'Resumé van het vorige overleg' },
          { item: expect.objectContaining({ title: 'Rondvraag' }), into: 'Rondvraag' },
        ],
        replacedPlaceholder: true,
      },
    ]);
    // The items that were there keep their ids: notes typed in them stay where they were.
    expect(pasted.sections[0]!.items[0]!.id).toBe(meeting.sections[0]!.items[0]!.id);
    expect(() => MeetingSchema.parse(pasted)).not.toThrow();
  });

  it('puts a pasted item with sub-points and proposals in place, with its sub-points as a lettered list in its notes', () => {
    const { meeting } = paste(standardMeeting(['werk-en-participatie']), 'Werk & Participatie\n3. Banenafspraak\na. stand van zaken\nb. inzet BaanTalent\nVoorstel 1. Kennis te nemen van de stand');
    const item = meeting.sections[0]!.items.find((i) => i.title === 'Banenafspraak')!;
    expect(item.notes).toMatchObject([{ type: 'list', style: 'lettered', items: [{}, {}] }]);
    expect(notesPlainText(item.notes)).toBe('stand van zaken\ninzet BaanTalent');
    expect(item.proposals).toMatchObject([{ text: 'Kennis te nemen van de stand', outcome: 'pending' }]);
  });

  it('adds the sub-points of an item already on the agenda to that item, after what it has', () => {
    const meeting = standardMeeting(['jeugd-en-onderwijs']);
    const { meeting: pasted } = paste(meeting, 'Jeugd en onderwijs\nMededelingen\n- Spreekrecht bij agendapunt 10');
    const opening = pasted.sections[0]!.items[0]!;
    expect(opening.title).toBe('Opening en mededelingen');
    expect(notesPlainText(opening.notes)).toBe('Spreekrecht bij agendapunt 10');
    expect(pasted.sections[0]!.items).toHaveLength(6);
  });

  it('adds a table the meeting does not have after the others, and leaves a placeholder that received nothing', () => {
    const { meeting, sections } = paste(standardMeeting(['jeugd-en-onderwijs']), 'WONEN\nHuren onder voorwaarden');
    expect(agendaOf(meeting).map(([title]) => title)).toEqual(['Jeugd en Onderwijs', 'Wonen']);
    expect(meeting.sections[0]!.items.map((i) => i.title)).toContain('Bespreekpunt');
    expect(sections).toMatchObject([{ title: 'Wonen', existing: false }]);
  });

  it('is the same meeting when there is nothing to paste', () => {
    const meeting = standardMeeting(['jeugd-en-onderwijs']);
    expect(paste(meeting, 'JEUGD EN ONDERWIJS\n').meeting).toBe(meeting);
  });

  it('fills the four standard tables from the agenda of the 2023 resumé, with no table twice and no standard item twice', () => {
    const { meeting, sections } = paste(standardMeeting(), fixture('resume-2023-02-23.agenda.txt'));
    expect(meeting.sections.map((s) => s.title)).toEqual(STANDARD_SECTIONS.map((t) => t.title));
    expect(sections.every((s) => s.existing)).toBe(true);
    for (const section of meeting.sections) {
      for (const kind of ['opening', 'agenda', 'minutes', 'any-other-business'] as const) {
        expect(section.items.filter((i) => i.kind === kind).length, `${section.title}: ${kind}`).toBeLessThanOrEqual(1);
      }
      expect(section.items.map((i) => i.kind).at(-1), section.title).toBe('any-other-business');
    }
    expect(agendaOf(meeting)[2]).toEqual([
      'Jeugd en Onderwijs',
      [
        'Opening en mededelingen',
        'Vaststellen agenda',
        'Resumé van 15 december 2022',
        'Conformstukken',
        'Verlengen en uitbreiden gezinsgerichte groep',
        'Jeugdhulp met verblijf',
        'Ontwikkelingen in de jeugdbescherming',
        'Governance BORN',
        'Inkoop poortwachtersfunctie ernstige dyslexie',
        'Rondvraag',
      ],
    ]);
    expect(meeting.sections[1]!.items.find((i) => i.title.startsWith('Aanpak borging'))!.proposals).toHaveLength(4);
    expect(() => MeetingSchema.parse(meeting)).not.toThrow();
  });

  it('puts the numbered and the timed invitations into the standard tables too', () => {
    const numbered = paste(standardMeeting(), fixture('numbered-invitation.agenda.txt')).meeting;
    expect(numbered.sections).toHaveLength(4);
    expect(numbered.sections[2]!.items.filter((i) => i.kind === 'consent').map((i) => i.title)).toEqual([
      'Conformstukken',
      'Jaarverslag Regionaal Bureau Leerlingzaken 2022',
      'Subsidieverlening jeugdpreventie',
    ]);
    const timed = paste(standardMeeting(), fixture('timed-invitation.agenda.txt')).meeting;
    expect(timed.sections).toHaveLength(4);
    expect(timed.sections[0]!.items.map((i) => i.kind)).toEqual(['opening', 'agenda', 'minutes', 'consent', 'consent', 'consent', 'discussion', 'discussion', 'other', 'any-other-business']);
  });
});

import { describe, expect, it } from 'vitest';
import { createMeeting } from '../../shared/agenda/new-meeting';
import { NewMeetingSchema } from '../../shared/agenda/new-meeting-schema';
import { STANDARD_SECTIONS, STANDARD_AGENDA } from '../../shared/agenda/standard-agenda';
import { formatDutchDate } from '../../shared/format/dates';
import { resumeFileName, safeFileNamePart } from '../../shared/format/file-names';
import { MEETING_SCHEMA_VERSION, MeetingSchema } from '../../shared/model/meeting';
import { DEFAULT_SETTINGS, StoredSettingsSchema } from '../../shared/model/settings';
import { NotesSchema, notesPlainText, sanitizeHref, type Block } from '../../shared/model/rich-text';

const NOW = new Date('2023-02-20T09:00:00Z');

describe('a new meeting', () => {
  it('gets one section per chosen domain table, each with the standard agenda in order', () => {
    const meeting = createMeeting(
      { name: 'Overleg portefeuillehouders sociaal domein', date: '2023-02-23', domains: ['jeugd-en-onderwijs', 'werk-en-participatie'] },
      DEFAULT_SETTINGS,
      NOW,
    );
    expect(meeting.schemaVersion).toBe(MEETING_SCHEMA_VERSION);
    expect(meeting.sections.map((section) => section.title)).toEqual(['Jeugd en Onderwijs', 'Werk en Participatie']);
    for (const section of meeting.sections) {
      expect(section.items.map((item) => item.kind)).toEqual(STANDARD_AGENDA.map((item) => item.kind));
    }
    expect(MeetingSchema.parse(meeting)).toEqual(meeting);
  });

  it('gives every section and item its own stable id', () => {
    const meeting = createMeeting({ name: 'PFHO', date: '2023-02-23', domains: STANDARD_SECTIONS.map((t) => t.key) }, DEFAULT_SETTINGS, NOW);
    const ids = [meeting.id, ...meeting.sections.flatMap((s) => [s.id, ...s.items.map((i) => i.id)])];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('takes contact person and e-mail from the settings', () => {
    const settings = { ...DEFAULT_SETTINGS, contactPerson: 'Marielle Stitzinger', contactEmail: 'm.stitzinger@regiogv.nl' };
    const meeting = createMeeting({ name: 'PFHO', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] }, settings, NOW);
    expect(meeting).toMatchObject({ contactPerson: 'Marielle Stitzinger', contactEmail: 'm.stitzinger@regiogv.nl' });
  });

  it('refuses an empty name, a malformed date, no domain tables or an unknown one', () => {
    const result = NewMeetingSchema.safeParse({ name: ' ', date: '23-02-2023', domains: ['sport'] });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['name', 'date', 'domains.0']));
    expect(NewMeetingSchema.safeParse({ name: 'PFHO', date: '2023-02-23', domains: [] }).success).toBe(false);
  });
});

describe('rich-text notes', () => {
  const notes: Block[] = [
    { id: 'h', type: 'heading', content: [{ text: 'Mededelingen' }] },
    { id: 'p', type: 'paragraph', content: [{ text: 'Het ' }, { text: 'PFHO', bold: true }, { text: ' stelt vast.' }] },
    {
      id: 'l',
      type: 'list',
      style: 'lettered',
      items: [
        {
          id: 'li1',
          content: [
            { id: 'p2', type: 'paragraph', content: [{ text: 'eerste' }] },
            { id: 'l2', type: 'list', style: 'bullet', items: [{ id: 'li2', content: [{ id: 'p3', type: 'paragraph', content: [{ text: 'genest' }] }] }] },
          ],
        },
      ],
    },
  ];

  it('validates nested lists of every style', () => {
    expect(NotesSchema.parse(notes)).toEqual(notes);
  });

  it('rejects a block without an id, so sync can always merge by id', () => {
    expect(NotesSchema.safeParse([{ type: 'paragraph', content: [] }]).success).toBe(false);
  });

  it('gives the plain text of every paragraph, nested ones included', () => {
    expect(notesPlainText(notes)).toBe('Mededelingen\nHet PFHO stelt vast.\neerste\ngenest');
  });

  it('keeps only web and mail links', () => {
    expect(sanitizeHref(' https://www.baantalentgv.nl/ ')).toBe('https://www.baantalentgv.nl/');
    expect(sanitizeHref('mailto:m.stitzinger@regiogv.nl')).toBe('mailto:m.stitzinger@regiogv.nl');
    expect(sanitizeHref('javascript:alert(1)')).toBeUndefined();
    expect(sanitizeHref('file:///etc/passwd')).toBeUndefined();
  });
});

describe('Dutch formatting', () => {
  it('writes dates as the resumé does', () => {
    expect(formatDutchDate('2023-02-23')).toBe('23 februari 2023');
    expect(formatDutchDate('2022-12-15')).toBe('15 december 2022');
    expect(formatDutchDate('2023-02-30x')).toBe('2023-02-30x');
  });

  it('names the export as a secretary expects and keeps the name safe for OneDrive', () => {
    expect(resumeFileName('2023-02-23', 'Overleg portefeuillehouders sociaal domein')).toBe(
      '2023-02-23 Resumé Overleg portefeuillehouders sociaal domein.docx',
    );
    expect(safeFileNamePart('PFHO: Jeugd/Onderwijs?* ..')).toBe('PFHO JeugdOnderwijs');
    expect(resumeFileName('2023-02-23', '???')).toBe('2023-02-23 Resumé overleg.docx');
  });
});

describe('settings', () => {
  it('fill fields missing from an older file with their defaults', () => {
    expect(StoredSettingsSchema.parse({ contactPerson: 'M. S.' })).toEqual({ ...DEFAULT_SETTINGS, contactPerson: 'M. S.' });
  });

  it('keep a house style saved before the chair, portfolio holder and document lines, with those lines on', () => {
    const { showChair: _c, showPortfolioHolders: _p, showDocuments: _d, detailLabels: _l, ...older } = DEFAULT_SETTINGS.houseStyle;
    const stored = StoredSettingsSchema.parse({ houseStyle: { ...older, font: 'Verdana', detailLabels: { documents: 'Stukken' } } });
    expect(stored.houseStyle).toEqual({ ...DEFAULT_SETTINGS.houseStyle, font: 'Verdana', detailLabels: { ...DEFAULT_SETTINGS.houseStyle.detailLabels, documents: 'Stukken' } });
    expect([stored.houseStyle.showChair, stored.houseStyle.showPortfolioHolders, stored.houseStyle.showDocuments]).toEqual([true, true, true]);
  });

  it('read a house style saved under its former key `template`, and write it under `houseStyle` only', () => {
    const houseStyle = { ...DEFAULT_SETTINGS.houseStyle, font: 'Verdana', tableLabels: { ...DEFAULT_SETTINGS.houseStyle.tableLabels, present: 'Aanwezigen' } };
    const stored = StoredSettingsSchema.parse({ contactPerson: 'M. S.', template: houseStyle });
    expect(stored).toEqual({ ...DEFAULT_SETTINGS, contactPerson: 'M. S.', houseStyle });
    expect(stored).not.toHaveProperty('template');
  });

  it('prefer the current key when a file holds both the former and the current one', () => {
    const stored = StoredSettingsSchema.parse({ template: { font: 'Georgia' }, houseStyle: { font: 'Verdana' } });
    expect(stored.houseStyle.font).toBe('Verdana');
  });
});

import { MEETING_SCHEMA_VERSION, MeetingSchema, type AgendaItem, type Meeting, type Section } from '../../shared/model/meeting';
import { newAgendaItem } from '../../shared/agenda/new-meeting';
import type { Attendance } from '../../shared/model/person';
import type { Block, Inline, ListBlock, ListStyle } from '../../shared/model/rich-text';

/** Small builders for meeting literals; ids are made up per call, readable in failures. */

let counter = 0;
/** A made-up id, counted per run: `p-3`, `i-12`. */
export const nextId = (prefix: string): string => `${prefix}-${(counter += 1)}`;

/** The heading fields of the real resumé of 23 February 2023 (test/fixtures/resume-2023-02-23.txt). */
export const RESUME_HEADING_FIELDS = {
  name: 'Overleg portefeuillehouders sociaal domein',
  date: '2023-02-23',
  documentDate: '2023-02-24',
  location: '',
  contactPerson: 'Marielle Stitzinger',
  contactEmail: 'm.stitzinger@regiogv.nl',
  confidential: false,
  reference: '23.0001000',
} satisfies Partial<Meeting>;

/** A paragraph block of plain text, or of inline parts when given objects. */
export function para(...parts: (string | Inline)[]): Block {
  return { id: nextId('p'), type: 'paragraph', content: parts.map((part) => (typeof part === 'string' ? { text: part } : part)) };
}

export function heading(text: string): Block {
  return { id: nextId('h'), type: 'heading', content: [{ text }] };
}

/** A list; each item is its text, or its blocks (text, nested lists) when given an array. */
export function list(style: ListStyle, ...items: (string | Block[])[]): ListBlock {
  return {
    id: nextId('l'),
    type: 'list',
    style,
    items: items.map((item) => ({ id: nextId('li'), content: typeof item === 'string' ? [para(item)] : item })),
  };
}

export function item(title: string, ...notes: Block[]): AgendaItem {
  return { ...newAgendaItem('discussion', title), id: nextId('i'), notes };
}

export function section(title: string, ...items: AgendaItem[]): Section {
  return { id: nextId('s'), title, chair: '', confidential: false, items };
}

export function person(name: string, status: Attendance['status'], municipality = '', portfolios: string[] = []): Attendance {
  return { id: nextId('a'), name, municipality, portfolios, status };
}

/** A valid meeting (checked against the schema) with the given sections and overrides. */
export function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return MeetingSchema.parse({
    schemaVersion: MEETING_SCHEMA_VERSION,
    id: nextId('m'),
    ...RESUME_HEADING_FIELDS,
    attendees: [
      person('Joke Lanphen', 'present', 'Blaricum'),
      person('Barbara Boudewijnse', 'present', 'Gooise Meren', ['Gezondheid en Ondersteuning', 'Werk & Participatie']),
      person('Jelmer Kruijt', 'guest', '', ['Jeugd & Onderwijs']),
      person('Roland Boom', 'absent', 'Huizen', ['Onderwijs']),
    ],
    sections: [],
    createdAt: '2023-02-23T09:00:00.000Z',
    updatedAt: '2023-02-24T10:00:00.000Z',
    ...overrides,
  });
}

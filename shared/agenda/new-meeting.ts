import { z } from 'zod';
import { newId } from '../model/ids';
import { MEETING_SCHEMA_VERSION, type AgendaItem, type AgendaItemKind, type Meeting, type Section } from '../model/meeting';
import type { Settings } from '../model/settings';
import { DOMAIN_TABLES, STANDARD_AGENDA, findDomainTable } from './standard-agenda';

export const NewMeetingSchema = z.object({
  name: z.string().trim().min(1, 'a meeting needs a name'),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'),
  /** Keys of DOMAIN_TABLES, in the order the sections are held. */
  domains: z
    .array(z.string().refine((key) => findDomainTable(key) !== undefined, 'unknown domain table'))
    .min(1, 'choose at least one domain table'),
});
export type NewMeeting = z.infer<typeof NewMeetingSchema>;

/** An item with every detail at its default. */
export function newAgendaItem(kind: AgendaItemKind, title: string): AgendaItem {
  return {
    id: newId(),
    kind,
    title,
    notes: [],
    status: 'open',
    confidential: false,
    portfolioHolders: [],
    actualSeconds: 0,
    documents: [],
    proposals: [],
    decision: '',
    actions: [],
  };
}

/** A section of one domain table, filled with the standard agenda. */
export function sectionFromDomain(domainKey: string): Section {
  const table = findDomainTable(domainKey) ?? DOMAIN_TABLES[0]!;
  return {
    id: newId(),
    domain: table.key,
    title: table.title,
    chair: '',
    confidential: false,
    items: STANDARD_AGENDA.map((template) => newAgendaItem(template.kind, template.title)),
  };
}

/** A new meeting from the standard agenda; `now` is passed in so this stays pure and testable. */
export function createMeeting(input: NewMeeting, settings: Settings, now: Date): Meeting {
  const stamp = now.toISOString();
  return {
    schemaVersion: MEETING_SCHEMA_VERSION,
    id: newId(),
    name: input.name.trim(),
    date: input.date,
    location: '',
    contactPerson: settings.contactPerson,
    contactEmail: settings.contactEmail,
    confidential: false,
    reference: '',
    attendees: [],
    sections: input.domains.map(sectionFromDomain),
    createdAt: stamp,
    updatedAt: stamp,
  };
}

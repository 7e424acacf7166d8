import { newId } from '../model/ids';
import type { AgendaItem, AgendaItemKind, Meeting, Section } from '../model/meeting';
import { MEETING_SCHEMA_VERSION } from '../model/vocabulary';
import type { NewMeeting } from './new-meeting-schema';

export type { NewMeeting } from './new-meeting-schema';
import type { Settings } from '../model/settings';
import { STANDARD_SECTIONS, STANDARD_AGENDA, findStandardSection } from './standard-agenda';

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
  const standard = findStandardSection(domainKey) ?? STANDARD_SECTIONS[0]!;
  return {
    id: newId(),
    domain: standard.key,
    title: standard.title,
    chair: '',
    confidential: false,
    items: STANDARD_AGENDA.map((standardItem) => newAgendaItem(standardItem.kind, standardItem.title)),
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

import type { AgendaItemKind } from '../model/meeting';

/** A standard domain table of the PFHO (a meeting's section) with the title the resumé shows for it. */
export interface StandardSection {
  key: string;
  title: string;
}

export const STANDARD_SECTIONS: readonly StandardSection[] = [
  { key: 'gezondheid-en-ondersteuning', title: 'Gezondheid en Ondersteuning' },
  { key: 'sociaal-domein-algemeen', title: 'Sociaal domein algemeen' },
  { key: 'jeugd-en-onderwijs', title: 'Jeugd en Onderwijs' },
  { key: 'werk-en-participatie', title: 'Werk en Participatie' },
];

export interface StandardAgendaItem {
  kind: AgendaItemKind;
  title: string;
}

/**
 * The standard agenda every domain table runs, in meeting order. "Resumé van" gets the date of
 * the previous meeting once it is known; bespreekpunten are added during preparation.
 */
export const STANDARD_AGENDA: readonly StandardAgendaItem[] = [
  { kind: 'opening', title: 'Opening en mededelingen' },
  { kind: 'agenda', title: 'Vaststellen agenda' },
  { kind: 'minutes', title: 'Resumé van het vorige overleg' }, // see MINUTES_PLACEHOLDER_TITLE
  { kind: 'consent', title: 'Conformstukken' },
  { kind: 'discussion', title: 'Bespreekpunt' },
  { kind: 'any-other-business', title: 'Rondvraag' },
];

export function findStandardSection(key: string): StandardSection | undefined {
  return STANDARD_SECTIONS.find((standard) => standard.key === key);
}

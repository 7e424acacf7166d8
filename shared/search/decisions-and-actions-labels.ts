// The Dutch words of the exported Besluiten en acties: the file is read by people, as the resumé is.
export const DECISIONS_AND_ACTIONS_LABELS = {
  title: 'Besluiten en acties',
  kind: 'Soort',
  decision: 'Besluit',
  action: 'Actie',
  date: 'Datum',
  meeting: 'Vergadering',
  section: 'Domeintafel',
  item: 'Agendapunt',
  text: 'Tekst',
  people: 'Wie',
  due: 'Uiterlijk',
  sectionFilter: (section: string) => `Domeintafel: ${section}`,
  personFilter: (person: string) => `Persoon: ${person}`,
  none: 'Geen besluiten of open acties.',
  fileStem: 'Besluiten en acties',
} as const;

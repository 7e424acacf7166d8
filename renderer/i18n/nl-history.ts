// Dutch text of Eerdere versies and the quarantine list; part of `nl` (see nl.ts).

export const versions = {
  open: 'Eerdere versies',
  title: (meeting: string) => `Eerdere versies van “${meeting}”`,
  intro: 'Notulist bewaart de laatste 20 opgeslagen versies van een vergadering en daarnaast de laatste van elke dag.',
  none: 'Er zijn nog geen eerdere versies.',
  loading: 'Versies laden…',
  when: 'Opgeslagen',
  size: 'Grootte',
  kind: 'Soort',
  saved: 'opgeslagen versie',
  conflict: 'andere versie (buiten Notulist gewijzigd)',
  restore: 'Terugzetten',
  restoreLabel: (time: string) => `Versie van ${time} terugzetten`,
  restored: (time: string) => `De versie van ${time} is teruggezet. De versie die er stond, is bewaard als eerdere versie.`,
  undo: 'Ongedaan maken',
  undone: 'Het terugzetten is ongedaan gemaakt.',
  close: 'Sluiten',
  kilobytes: (kb: string) => `${kb} kB`,
} as const;

export const quarantine = {
  title: 'Apart gezette bestanden',
  intro: 'Deze bestanden konden niet worden gelezen en zijn apart gezet in de map quarantine van de werkmap. Er is niets overschreven.',
  file: 'Bestand',
  reason: 'Reden',
  when: 'Apart gezet',
  location: 'Nu in',
} as const;

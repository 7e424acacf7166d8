/** The words of pasting an agenda as text (Voorbereiden), part of `nl.prepare`. */
export const agendaPasteTexts = {
  pasteAgenda: 'Agenda plakken als tekst',
  pasteHint:
    'Eén agendapunt per regel; nummering wordt weggelaten. Een regel in hoofdletters of met de naam van een domeintafel begint die tafel; “Bespreekpunten” of “Conformstukken” bepaalt de soort van de regels eronder; regels met a., b. of - worden subpunten (of voorstellen) van het punt erboven.',
  pasteText: 'Agendatekst',
  pasteApply: 'Agenda toevoegen',
  pastePreview: 'Voorbeeld tonen',
  pastePreviewTitle: 'Zo wordt de agenda toegevoegd',
  pasteCancel: 'Annuleren',
  pasteDone: 'De agenda is toegevoegd.',
  pasteNothing: 'Er is niets om toe te voegen.',
  pasteExisting: (title: string) => `${title} (bestaande domeintafel)`,
  pasteNew: (title: string) => `${title} (nieuwe domeintafel)`,
  pasteAdded: (title: string, kind: string) => `Nieuw: ${title} (${kind})`,
  pasteMerged: (title: string, into: string) => (title === into ? `Staat al op de agenda: ${into}` : `Staat al op de agenda: ${title} → “${into}”`),
  pasteDetails: (subPoints: number, proposals: number) =>
    [subPoints ? `${subPoints} ${subPoints === 1 ? 'subpunt' : 'subpunten'}` : '', proposals ? `${proposals} ${proposals === 1 ? 'voorstel' : 'voorstellen'}` : '']
      .filter(Boolean)
      .join(', '),
  pastePlaceholder: 'Het lege agendapunt “Bespreekpunt” vervalt.',
  pasteWarnings: {
    'number-only': (line: string) => `Regel “${line}” bevat alleen een nummer en is overgeslagen.`,
    'empty-section': (section: string) => `Domeintafel “${section}” heeft nog geen agendapunten.`,
    'empty-heading': (line: string) => `Onder “${line}” staan geen agendapunten; de regel is overgeslagen.`,
    'title-line': (line: string) => `“${line}” is gelezen als de titel van de uitnodiging en overgeslagen.`,
    'no-items': 'De tekst bevat geen agendapunten.',
  },
} as const;

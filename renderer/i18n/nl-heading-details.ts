// Dutch text of the house-style settings for the lines under the resumé's headings; part of `nl.settings` (see nl.ts).

export const headingDetailTexts = {
  showChair: 'Voorzitter onder de kop van elke domeintafel',
  showPortfolioHolders: 'Portefeuillehouder(s) onder de kop van elk agendapunt',
  showDocuments: 'Documenten onder de kop van elk agendapunt',
  detailLabels: 'Woorden voor voorzitter, portefeuillehouder(s) en documenten',
} as const;

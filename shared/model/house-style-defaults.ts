import type { HouseStyle } from './house-style';

/** The ranges the house style's sizes keep to, read by its schema and by the settings' fields. */
export const HOUSE_STYLE_RANGES = {
  /** The logo's size on the page, in pixels (96 per inch). */
  logoWidth: { min: 8, max: 800 },
  logoHeight: { min: 8, max: 400 },
  /** Body text size in points. */
  bodySizePt: { min: 8, max: 16 },
} as const;

/** The house style until the organisation sets its own; plain data, so the renderer loads no schemas. */
export const DEFAULT_HOUSE_STYLE: HouseStyle = {
  logoDataUrl: '',
  logoWidth: 192,
  logoHeight: 48,
  showLogo: true,
  font: 'Arial',
  bodySizePt: 10.5,
  headingCase: 'upper',
  footerText: 'Pagina {pagina} van {paginas}',
  wordTemplate: '',
  agendaNumbering: 'section',
  numberHeadings: false,
  subheadingStyle: 'underline',
  showItemActions: true,
  showActionList: true,
  decisionSubject: 'Het portefeuillehoudersoverleg',
  showChair: true,
  showPortfolioHolders: true,
  showDocuments: true,
  detailLabels: { chair: 'Voorzitter', portfolioHolder: 'Portefeuillehouder', portfolioHolders: 'Portefeuillehouders', documents: 'Documenten' },
  omitEmptyRows: false,
  tableLabels: {
    general: 'Algemeen',
    description: 'Omschrijving',
    present: 'Aanwezig',
    absent: 'Afwezig',
    contactPerson: 'Contactpersoon',
    email: 'E-mail',
    confidential: 'Vertrouwelijk',
    reference: 'Kenmerk',
    guest: 'gast',
    fromItem: 'vanaf agendapunt {nummer}',
    untilItem: 'tot agendapunt {nummer}',
  },
  showMeetingTimes: false,
};

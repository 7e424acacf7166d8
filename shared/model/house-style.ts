import { z } from 'zod';
import { HOUSE_STYLE_RANGES as RANGES } from './house-style-defaults';

/** The organisation's house style for the resumé: settings, so a region matches it without code. */
export const HouseStyleSchema = z.object({
  /** The organisation's own logo as a data URL (PNG or JPEG); empty for none (the resumé never carries Notulist's own). */
  logoDataUrl: z.string(),
  /** The logo's size on the page, in pixels (96 per inch). */
  logoWidth: z.number().int().min(RANGES.logoWidth.min).max(RANGES.logoWidth.max),
  logoHeight: z.number().int().min(RANGES.logoHeight.min).max(RANGES.logoHeight.max),
  showLogo: z.boolean(),
  font: z.string().min(1),
  /** Body text size in points. */
  bodySizePt: z.number().min(RANGES.bodySizePt.min).max(RANGES.bodySizePt.max),
  headingCase: z.enum(['upper', 'as-typed']),
  /** {pagina} and {paginas} become Word's page fields. */
  footerText: z.string(),
  /** "aanvang 14:00, einde 16:10" after the meeting's date, from the recorded start and end. */
  showMeetingTimes: z.boolean(),
  /** The organisation's own .docx template in the workspace's templates/ folder; empty for none. */
  wordTemplate: z.string(),
  /** Agenda numbers count 1, 2, 3 … across the whole meeting or again in every domain table. */
  agendaNumbering: z.enum(['meeting', 'section']),
  /** Whether item headings in the resumé start with their agenda number ("5. Banenafspraak"). */
  numberHeadings: z.boolean(),
  /** How a sub-heading inside the notes stands out from the item's heading. */
  subheadingStyle: z.enum(['underline', 'italic', 'bold']),
  /** Each item's actions under the item, and the open actions as an Actielijst at the end. */
  showItemActions: z.boolean(),
  showActionList: z.boolean(),
  /** Who decides, as the derived decision text names it ("Het portefeuillehoudersoverleg"). */
  decisionSubject: z.string().min(1),
  /** A domain table's chair, and an item's portfolio holders and documents, under their headings. */
  showChair: z.boolean(),
  showPortfolioHolders: z.boolean(),
  showDocuments: z.boolean(),
  /** The labels of those lines: "Voorzitter: …", "Portefeuillehouder(s): …", "Documenten: …". */
  detailLabels: z.object({
    chair: z.string().min(1),
    portfolioHolder: z.string().min(1),
    portfolioHolders: z.string().min(1),
    documents: z.string().min(1),
  }),
  /** Leaves rows of the Algemeen table out when they have nothing to say. */
  omitEmptyRows: z.boolean(),
  /** The row labels of the Algemeen table, for a region that words them differently. */
  tableLabels: z.object({
    general: z.string().min(1),
    description: z.string().min(1),
    present: z.string().min(1),
    absent: z.string().min(1),
    contactPerson: z.string().min(1),
    email: z.string().min(1),
    confidential: z.string().min(1),
    reference: z.string().min(1),
    guest: z.string().min(1),
    /** {nummer} is the agenda number of the item. */
    fromItem: z.string().min(1),
    untilItem: z.string().min(1),
  }),
});
export type HouseStyle = z.infer<typeof HouseStyleSchema>;

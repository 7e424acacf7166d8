import { z } from 'zod';
import { DEFAULT_TEMPLATE } from './default-template';

export { DEFAULT_TEMPLATE };

/** The organisation's house style for the resumé: settings, so a region matches it without code. */
export const TemplateSettingsSchema = z.object({
  /** The organisation's own logo as a data URL (PNG or JPEG); empty for the default logo. */
  logoDataUrl: z.string(),
  /** The logo's size on the page, in pixels (96 per inch). */
  logoWidth: z.number().int().min(8).max(800),
  logoHeight: z.number().int().min(8).max(400),
  showLogo: z.boolean(),
  font: z.string().min(1),
  /** Body text size in points. */
  bodySizePt: z.number().min(8).max(16),
  headingCase: z.enum(['upper', 'as-typed']),
  /** {pagina} and {paginas} become Word's page fields. */
  footerText: z.string(),
  /** "aanvang 14:00, einde 16:10" after the meeting's date, from the recorded start and end. */
  showMeetingTimes: z.boolean().default(false),
  /** The organisation's own .docx template in the workspace's templates/ folder; empty for none. */
  wordTemplate: z.string(),
  /** The row labels of the Algemeen table, for a region that words them differently. */
  tableLabels: z.object({
    present: z.string().min(1),
    absent: z.string().min(1),
    contactPerson: z.string().min(1),
    email: z.string().min(1),
    confidential: z.string().min(1),
    reference: z.string().min(1),
  }),
});
export type TemplateSettings = z.infer<typeof TemplateSettingsSchema>;

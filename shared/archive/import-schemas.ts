import { z } from 'zod';
import { MeetingSummarySchema } from '../model/meeting';

/** Why a document was not imported (the UI words each in Dutch; `reason` is English, for the CLI and logs). */
export const IMPORT_PROBLEMS = ['unreadable', 'not-a-resume', 'too-large'] as const;

/** One Word resumé for the archive: its file name and its bytes in base64. */
export const ImportResumeArgsSchema = z.object({ fileName: z.string().min(1), base64: z.string().min(1) });

/**
 * What became of one document: imported as a meeting (with notes on what was kept as plain
 * text), skipped because the same file was imported before, or refused whole, with why.
 */
export const ImportResumeResultSchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('imported'),
    meeting: MeetingSummarySchema,
    /** Blocks kept as notes of the item "Overige tekst uit het document", and images left out. */
    kept: z.object({ unplacedBlocks: z.number().int().nonnegative(), images: z.number().int().nonnegative() }),
    /** The same in English, for the CLI and logs. */
    warnings: z.array(z.string()),
  }),
  z.object({ outcome: z.literal('duplicate'), meeting: MeetingSummarySchema }),
  z.object({ outcome: z.literal('failed'), problem: z.enum(IMPORT_PROBLEMS), reason: z.string() }),
]);
export type ImportResumeResult = z.infer<typeof ImportResumeResultSchema>;

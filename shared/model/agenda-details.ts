import { z } from 'zod';
import { isExistingIsoDate } from '../format/dates';
import { ITEM_STATUSES, PROPOSAL_OUTCOMES } from './vocabulary';

export { ITEM_STATUSES, PROPOSAL_OUTCOMES };

/** YYYY-MM-DD by its shape only: for what a file may already hold (the meeting index). */
export const IsoDateTextSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD', abort: true });

/** Says a date has the right shape but is not a day of the calendar; meeting-file.ts tells these apart. */
export const IMPOSSIBLE_DATE = 'impossible-date';

/** A day that exists: 2026-02-31 is refused, not rolled over into March. */
export const IsoDateSchema = IsoDateTextSchema.refine(isExistingIsoDate, {
  error: (issue) => `${String(issue.input)} is not a date that exists`,
  params: { reason: IMPOSSIBLE_DATE },
});

export const ItemStatusSchema = z.enum(ITEM_STATUSES);
export type ItemStatus = z.infer<typeof ItemStatusSchema>;

/** A meeting paper belonging to an item. */
export const AgendaDocumentSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  /** A web link or a path to a file, as the secretary gave it. */
  link: z.string().default(''),
});
export type AgendaDocument = z.infer<typeof AgendaDocumentSchema>;

export const ProposalOutcomeSchema = z.enum(PROPOSAL_OUTCOMES);
export type ProposalOutcome = z.infer<typeof ProposalOutcomeSchema>;

/** A decision point of the meeting papers ("Voorstel 1. …") and what became of it. */
export const ProposalSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  outcome: ProposalOutcomeSchema.default('pending'),
});
export type Proposal = z.infer<typeof ProposalSchema>;

/** Who does what by when. */
export const ActionSchema = z.object({
  id: z.string().min(1),
  who: z.string(),
  what: z.string(),
  due: IsoDateSchema.optional(),
  done: z.boolean().default(false),
});
export type Action = z.infer<typeof ActionSchema>;

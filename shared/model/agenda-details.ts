import { z } from 'zod';
import { ITEM_STATUSES, PROPOSAL_OUTCOMES } from './vocabulary';

export { ITEM_STATUSES, PROPOSAL_OUTCOMES };

export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

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

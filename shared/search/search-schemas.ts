import { z } from 'zod';
import { IsoDateTextSchema } from '../model/agenda-details';
import { DecisionOrActionSchema, DecisionsAndActionsFilterSchema } from './decisions-and-actions';
import { SEARCH_KINDS } from './search-documents';

/** The contract's words for search and Besluiten en acties; the types in this folder are what they check. */

export const SearchFiltersSchema = z.object({
  section: z.string().max(200).optional(),
  from: IsoDateTextSchema.optional(),
  to: IsoDateTextSchema.optional(),
  onlyDecisions: z.boolean().optional(),
  onlyOpenActions: z.boolean().optional(),
});

export const SearchArgsSchema = z.object({
  /** As typed: words, "phrases", prefixes (dag*) and filter words (see search-query.ts). */
  query: z.string().max(1000),
  /** Picked in the filter controls; they win over the same filter typed in the query. */
  filters: SearchFiltersSchema.optional(),
  limit: z.number().int().min(1).max(200).optional(),
});

export const SnippetPartSchema = z.object({ text: z.string(), hit: z.boolean() });

export const SearchHitSchema = z.object({
  /** The search document's id. */
  id: z.string(),
  meetingId: z.string(),
  meetingName: z.string(),
  date: z.string(),
  itemId: z.string().optional(),
  itemTitle: z.string().optional(),
  section: z.string().optional(),
  kind: z.enum(SEARCH_KINDS),
  snippet: z.array(SnippetPartSchema),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchResultSchema = z.object({
  hits: z.array(SearchHitSchema),
  /** More hits than `limit`: the secretary may narrow the search. */
  more: z.boolean(),
  /** Parts of the query that were left out, e.g. a date that is none. */
  problems: z.array(z.object({ code: z.enum(['bad-date', 'unknown-filter']), value: z.string() })),
  /** The domain tables known to the index, for the filter. */
  sections: z.array(z.string()),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const DecisionsAndActionsSchema = z.object({
  rows: z.array(DecisionOrActionSchema),
  /** Every domain table and person across all rows, whatever the filter: what the filters offer. */
  sections: z.array(z.string()),
  people: z.array(z.string()),
});

export const ExportDecisionsAndActionsArgsSchema = DecisionsAndActionsFilterSchema.extend({ format: z.enum(['docx', 'csv']) });

export { DecisionsAndActionsFilterSchema };

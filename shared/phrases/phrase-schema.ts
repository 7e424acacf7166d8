import { z } from 'zod';
import { AgendaItemKindSchema } from '../model/meeting';

/** Where a phrase is offered: on items of a kind, or for presence changes. */
export const PhraseContextSchema = z.union([AgendaItemKindSchema, z.enum(['arrival', 'departure'])]);
export type PhraseContext = z.infer<typeof PhraseContextSchema>;

/** A usual outcome: one click or key inserts its text, with {variables} filled in, as editable text. */
export const PhraseSchema = z.object({
  id: z.string().min(1),
  context: PhraseContextSchema,
  /** Short name on the button. */
  label: z.string().min(1),
  /** The text; {naam}, {gemeente}, {datum}, {voorstel}, {agendapunt} are filled in. */
  text: z.string(),
});
export type Phrase = z.infer<typeof PhraseSchema>;

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

export const PHRASE_VARIABLES = ['naam', 'gemeente', 'datum', 'voorstel', 'agendapunt'] as const;
export type PhraseVariable = (typeof PHRASE_VARIABLES)[number];
export type PhraseValues = Partial<Record<PhraseVariable, string>>;

export interface FilledPhrase {
  text: string;
  /** Variables the phrase uses for which no value was known; they stay visible as {name}. */
  missing: string[];
}

/** Fills {variables}; an unknown or empty one stays in the text for the secretary to complete. */
export function fillPhrase(text: string, values: PhraseValues): FilledPhrase {
  const missing: string[] = [];
  const filled = text.replace(/\{([a-z]+)\}/g, (whole, name: string) => {
    const value = (values as Record<string, string | undefined>)[name];
    if (value === undefined || value.trim() === '') {
      if (!missing.includes(name)) missing.push(name);
      return whole;
    }
    return value;
  });
  return { text: filled, missing };
}

import type { Phrase } from './phrase-schema';

export type { Phrase, PhraseContext } from './phrase-schema';

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

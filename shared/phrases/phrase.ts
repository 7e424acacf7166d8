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

/**
 * Fills {variables}; an unknown or empty one stays in the text and is reported, so the caller can
 * ask for it. Names are read as typed in the settings: "{ Naam }" is {naam}.
 */
export function fillPhrase(text: string, values: PhraseValues): FilledPhrase {
  const missing: string[] = [];
  const filled = text.replace(/\{([^{}]+)\}/g, (whole, written: string) => {
    const name = written.trim().toLocaleLowerCase('nl-NL');
    const value = Object.hasOwn(values, name) ? (values as Record<string, string | undefined>)[name] : undefined;
    if (value === undefined || value.trim() === '') {
      if (!missing.includes(name)) missing.push(name);
      return whole;
    }
    return value;
  });
  return { text: filled, missing };
}

/**
 * Fills what is known and leaves out what is not, with its brackets: for a line that is written
 * in one click, with no one to ask ("Joke Lanphen sluit aan" when her municipality is unknown).
 */
export function fillPhraseLeavingOutMissing(text: string, values: PhraseValues): string {
  const { text: filled, missing } = fillPhrase(text, values);
  if (missing.length === 0) return filled;
  return filled
    .replace(/\s*\(\s*\{[^{}]+\}\s*\)/g, '')
    .replace(/\{[^{}]+\}/g, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([.,;:])/g, '$1')
    .trim();
}

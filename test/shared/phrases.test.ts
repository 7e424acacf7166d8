import { describe, expect, it } from 'vitest';
import { DEFAULT_PHRASES } from '../../shared/phrases/default-phrases';
import { fillPhrase } from '../../shared/phrases/phrase';
import { PhraseSchema } from '../../shared/phrases/phrase-schema';

describe('phrase variables', () => {
  it('fills every known variable', () => {
    expect(fillPhrase('{naam} ({gemeente}) sluit aan vanaf agendapunt {agendapunt}.', { naam: 'Joke Lanphen', gemeente: 'Blaricum', agendapunt: '5' })).toEqual({
      text: 'Joke Lanphen (Blaricum) sluit aan vanaf agendapunt 5.',
      missing: [],
    });
  });

  it('leaves an unknown or empty variable visible and reports it once', () => {
    expect(fillPhrase('Het PFHO stelt {voorstel} vast; {voorstel} en {onbekend}.', { voorstel: ' ' })).toEqual({
      text: 'Het PFHO stelt {voorstel} vast; {voorstel} en {onbekend}.',
      missing: ['voorstel', 'onbekend'],
    });
  });

  it('does not interpret values as variables again', () => {
    expect(fillPhrase('{naam}', { naam: '{gemeente}', gemeente: 'Laren' }).text).toBe('{gemeente}');
  });

  it('ships defaults for every usual outcome the issue names, all valid', () => {
    for (const phrase of DEFAULT_PHRASES) expect(() => PhraseSchema.parse(phrase)).not.toThrow();
    const contexts = new Set(DEFAULT_PHRASES.map((p) => p.context));
    for (const context of ['minutes', 'consent', 'any-other-business', 'discussion', 'arrival', 'departure'] as const) {
      expect(contexts.has(context)).toBe(true);
    }
    expect(new Set(DEFAULT_PHRASES.map((p) => p.id)).size).toBe(DEFAULT_PHRASES.length);
  });
});

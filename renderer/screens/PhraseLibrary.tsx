import { AGENDA_ITEM_KINDS } from '../../shared/model/vocabulary';
import { newId } from '../../shared/model/ids';
import type { Phrase, PhraseContext } from '../../shared/phrases/phrase';
import { nl } from '../i18n/nl';

const CONTEXTS: PhraseContext[] = [...AGENDA_ITEM_KINDS, 'arrival', 'departure'];
const contextLabel = (context: PhraseContext): string =>
  context === 'arrival' || context === 'departure' ? nl.settings.contexts[context] : nl.kinds[context];

/** The organisation's library of usual outcomes: each phrase's context, label and text. */
export function PhraseLibrary({ phrases, onChange }: { phrases: Phrase[]; onChange: (phrases: Phrase[]) => void }) {
  const setPhrase = (id: string, patch: Partial<Phrase>) => onChange(phrases.map((p) => (p.id === id ? { ...p, ...patch } : p)));

  return (
    <fieldset className="field">
      <legend>{nl.settings.phrases}</legend>
      <p className="hint">{nl.settings.phrasesHint}</p>
      {phrases.map((phrase) => (
        <div key={phrase.id} className="phrase-row">
          <select aria-label={nl.settings.phraseContext} value={phrase.context} onChange={(e) => setPhrase(phrase.id, { context: e.target.value as PhraseContext })}>
            {CONTEXTS.map((context) => (
              <option key={context} value={context}>
                {contextLabel(context)}
              </option>
            ))}
          </select>
          <input aria-label={nl.settings.phraseLabel} value={phrase.label} onChange={(e) => setPhrase(phrase.id, { label: e.target.value })} />
          <input aria-label={nl.settings.phraseText} className="phrase-text" value={phrase.text} onChange={(e) => setPhrase(phrase.id, { text: e.target.value })} />
          <button type="button" className="quiet" aria-label={nl.settings.removePhrase(phrase.label)} onClick={() => onChange(phrases.filter((p) => p.id !== phrase.id))}>
            ✕
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...phrases, { id: newId(), context: 'discussion', label: '', text: '' }])}>
        {nl.settings.addPhrase}
      </button>
    </fieldset>
  );
}

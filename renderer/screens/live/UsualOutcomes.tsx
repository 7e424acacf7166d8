import { useState } from 'react';
import type { AgendaItem, Section } from '../../../shared/model/meeting';
import { planPhrase, type PhraseQuestion } from '../../../shared/phrases/phrase-context';
import type { Phrase } from '../../../shared/phrases/phrase';
import { editorOf, insertIntoNotes } from '../../editor/editor-registry';
import { nl } from '../../i18n/nl';
import { useApp, useMeetingExceptNotes } from '../../store/store-context';
import { PhrasePrompt } from './PhrasePrompt';
import { municipalityOf, phraseChoices, phraseSituation } from './phrase-values';
import { shortcutAttribute, shortcutKeys } from './live-shortcuts';

/** The item's usual outcomes as buttons (Alt+1…9), each completed from its context before it lands. */
export function UsualOutcomes({ section, item }: { section: Section; item: AgendaItem }) {
  const meeting = useMeetingExceptNotes()!;
  const allPhrases = useApp((state) => state.settings?.phrases);
  const municipalities = useApp((state) => state.settings?.municipalities);
  const previous = useApp((state) => state.previous);
  const meetings = useApp((state) => state.meetings);
  const [asking, setAsking] = useState<{ phrase: Phrase; questions: PhraseQuestion[] } | null>(null);
  const phrases = (allPhrases ?? []).filter((p) => p.context === item.kind).slice(0, 9);
  const situation = phraseSituation(meeting, section, item, previous?.meeting.date, meetings);

  function choose(phrase: Phrase): void {
    const plan = planPhrase(phrase.text, situation, phraseChoices(meeting, municipalities ?? []));
    if (plan.ready) {
      setAsking(null);
      insertIntoNotes(item.id, plan.text);
    } else {
      setAsking({ phrase, questions: plan.questions });
    }
  }

  function close(text?: string): void {
    setAsking(null);
    if (text === undefined) editorOf(item.id)?.commands.focus();
    else insertIntoNotes(item.id, text);
  }

  if (phrases.length === 0) return null;
  return (
    <div className="usual-outcomes">
      <div className="phrases" role="group" aria-label={nl.live.usual}>
        {phrases.map((phrase, index) => (
          <button key={phrase.id} type="button" {...shortcutAttribute('phrase', index + 1)} title={shortcutKeys('phrase', index + 1)} onClick={() => choose(phrase)}>
            <kbd>{index + 1}</kbd> {phrase.label}
          </button>
        ))}
      </div>
      {asking && (
        <PhrasePrompt
          // A new phrase asks afresh.
          key={asking.phrase.id}
          label={asking.phrase.label}
          text={asking.phrase.text}
          questions={asking.questions}
          situation={situation}
          municipalityOf={(name) => municipalityOf(meeting, name)}
          onAccept={close}
          onCancel={() => close()}
        />
      )}
    </div>
  );
}

import { useState, type FormEvent } from 'react';
import { formatDutchDate } from '../../../shared/format/dates';
import { answerPhrase, type PhraseQuestion, type PhraseSituation } from '../../../shared/phrases/phrase-context';
import { fillPhrase } from '../../../shared/phrases/phrase';
import { nl } from '../../i18n/nl';

interface PhrasePromptProps {
  label: string;
  text: string;
  questions: PhraseQuestion[];
  situation: PhraseSituation;
  /** The municipality of a person picked for {naam}, to fill {gemeente} along with it. */
  municipalityOf: (name: string) => string | undefined;
  onAccept: (text: string) => void;
  onCancel: () => void;
}

/**
 * Asks, in place and by keyboard, for what a usual outcome needs and its context does not know:
 * Enter inserts the completed text, Escape inserts nothing.
 */
export function PhrasePrompt({ label, text, questions, situation, municipalityOf, onAccept, onCancel }: PhrasePromptProps) {
  const [answers, setAnswers] = useState<Record<string, string>>(() => Object.fromEntries(questions.map((q) => [q.variable, q.prefill])));
  const [incomplete, setIncomplete] = useState(false);
  const asked = new Set(questions.map((q) => q.variable));

  /** Answers as the text will say them: a picked date in Dutch. */
  const worded = (): Record<string, string> =>
    Object.fromEntries(
      questions.map((q) => {
        const answer = (answers[q.variable] ?? '').trim();
        return [q.variable, q.kind === 'date' ? formatDutchDate(answer) : answer];
      }),
    );

  function answer(variable: string, value: string): void {
    const next = { ...answers, [variable]: value };
    // Picking a person of the meeting fills in her municipality too, unless already given.
    const municipality = variable === 'naam' ? municipalityOf(value) : undefined;
    if (municipality && asked.has('gemeente') && !answers.gemeente?.trim()) next.gemeente = municipality;
    setAnswers(next);
  }

  function accept(event: FormEvent): void {
    event.preventDefault();
    const filled = answerPhrase(text, situation, worded());
    if (filled === undefined) setIncomplete(true);
    else onAccept(filled);
  }

  const preview = fillPhrase(text, worded()).text.replace(/\{[^{}]+\}/g, '…');
  return (
    <form
      className="phrase-prompt"
      aria-label={nl.live.phrasePrompt(label)}
      onSubmit={accept}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      }}
    >
      <p className="phrase-prompt__preview">{preview}</p>
      <div className="phrase-prompt__fields">
        {questions.map((question, index) => (
          <label key={question.variable}>
            {nl.live.phraseVariables[question.variable as keyof typeof nl.live.phraseVariables] ?? question.variable}
            <input
              type={question.kind === 'date' ? 'date' : 'text'}
              autoFocus={index === 0}
              value={answers[question.variable] ?? ''}
              list={question.suggestions.length ? `phrase-choices-${question.variable}` : undefined}
              onChange={(event) => answer(question.variable, event.target.value)}
            />
            {question.suggestions.length > 0 && (
              <datalist id={`phrase-choices-${question.variable}`}>
                {question.suggestions.map((suggestion) => (
                  <option key={suggestion} value={suggestion} />
                ))}
              </datalist>
            )}
          </label>
        ))}
        <button type="submit">{nl.live.phraseInsert}</button>
        <button type="button" className="quiet" onClick={onCancel}>
          {nl.live.phraseCancel}
        </button>
      </div>
      <p className="hint">{incomplete ? <span role="alert">{nl.live.phraseIncomplete}</span> : nl.live.phrasePromptHint}</p>
    </form>
  );
}

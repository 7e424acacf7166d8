import { useEffect, useState, type FormEvent } from 'react';
import { AGENDA_ITEM_KINDS } from '../../shared/model/vocabulary';
import { newId } from '../../shared/model/ids';
import type { Settings } from '../../shared/model/settings';
import type { Phrase, PhraseContext } from '../../shared/phrases/phrase';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { nl } from '../i18n/nl';
import { useApp } from '../store/store-context';
import { PeopleDirectory } from './PeopleDirectory';
import { HouseStyleFields } from './HouseStyleFields';
import { cleanedSettings, hasUnsavedSettings } from './settings-draft';

const CONTEXTS: PhraseContext[] = [...AGENDA_ITEM_KINDS, 'arrival', 'departure'];
const contextLabel = (context: PhraseContext): string =>
  context === 'arrival' || context === 'departure' ? nl.settings.contexts[context] : nl.kinds[context];

/** The organisation's defaults and its library of usual outcomes. */
export function SettingsScreen() {
  const settings = useApp((state) => state.settings);
  const saveSettings = useApp((state) => state.saveSettings);
  const showList = useApp((state) => state.showList);
  const markSettingsUnsaved = useApp((state) => state.markSettingsUnsaved);
  const [draft, setDraft] = useState<Settings | null>(settings);
  const [saved, setSaved] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const unsaved = draft !== null && settings !== null && hasUnsavedSettings(draft, settings);
  useEffect(() => markSettingsUnsaved(unsaved), [unsaved, markSettingsUnsaved]);
  useEffect(() => () => markSettingsUnsaved(false), [markSettingsUnsaved]);
  if (!draft) return null;

  const set = (patch: Partial<Settings>) => {
    setDraft({ ...draft, ...patch });
    setSaved(false);
  };
  const setPhrase = (id: string, patch: Partial<Phrase>) => set({ phrases: draft.phrases.map((p) => (p.id === id ? { ...p, ...patch } : p)) });

  async function submit(event?: FormEvent): Promise<boolean> {
    event?.preventDefault();
    const cleaned = cleanedSettings(draft!);
    const ok = await saveSettings(cleaned);
    if (ok) setDraft(cleaned);
    setSaved(ok);
    return ok;
  }

  /** "Terug" never drops edits silently: with unsaved ones it asks first. */
  function back(): void {
    if (unsaved) setLeaving(true);
    else void showList();
  }

  const text = (field: 'organisationName' | 'contactPerson' | 'contactEmail' | 'defaultMeetingName', label: string) => (
    <label className="field">
      <span>{label}</span>
      <input value={draft[field]} onChange={(e) => set({ [field]: e.target.value })} />
    </label>
  );

  return (
    <>
    <form className="settings panel" onSubmit={(e) => void submit(e)}>
      <h1>{nl.settings.title}</h1>
      {text('organisationName', nl.settings.organisationName)}
      {text('contactPerson', nl.settings.contactPerson)}
      {text('contactEmail', nl.settings.contactEmail)}
      {text('defaultMeetingName', nl.settings.defaultMeetingName)}
      <label className="field">
        <span>{nl.settings.municipalities}</span>
        <textarea
          rows={4}
          value={draft.municipalities.join('\n')}
          onChange={(e) => set({ municipalities: e.target.value.split('\n').map((m) => m.trim()).filter(Boolean) })}
        />
      </label>
      <HouseStyleFields houseStyle={draft.houseStyle} onChange={(houseStyle) => set({ houseStyle })} />
      <fieldset className="field">
        <legend>{nl.settings.phrases}</legend>
        <p className="hint">{nl.settings.phrasesHint}</p>
        {draft.phrases.map((phrase) => (
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
            <button type="button" className="quiet" aria-label={nl.settings.removePhrase(phrase.label)} onClick={() => set({ phrases: draft.phrases.filter((p) => p.id !== phrase.id) })}>
              ✕
            </button>
          </div>
        ))}
        <button type="button" onClick={() => set({ phrases: [...draft.phrases, { id: newId(), context: 'discussion', label: '', text: '' }] })}>
          {nl.settings.addPhrase}
        </button>
      </fieldset>
      <div className="form-actions">
        {saved && <span role="note">{nl.settings.saved}</span>}
        <button type="button" onClick={back}>
          {nl.settings.back}
        </button>
        <button type="submit" className="primary">
          {nl.settings.save}
        </button>
      </div>
    </form>
    <PeopleDirectory />
    {leaving && (
      <ConfirmDialog
        title={nl.settings.unsavedTitle}
        body={nl.settings.unsavedBody}
        cancelLabel={nl.settings.unsavedStay}
        confirmLabel={nl.settings.unsavedDiscard}
        onCancel={() => setLeaving(false)}
        onConfirm={() => void showList()}
        alternative={{ label: nl.settings.unsavedSave, onChoose: () => void submit().then((ok) => (ok ? showList() : setLeaving(false))) }}
      />
    )}
    </>
  );
}

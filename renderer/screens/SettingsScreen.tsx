import { useEffect, useState, type FormEvent } from 'react';
import type { Settings } from '../../shared/model/settings';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { nl } from '../i18n/nl';
import { useApp } from '../store/store-context';
import { OrganisationFields } from './OrganisationFields';
import { PeopleDirectory } from './PeopleDirectory';
import { PhraseLibrary } from './PhraseLibrary';
import { HouseStyleFields } from './HouseStyleFields';
import { cleanedSettings, hasUnsavedSettings } from './settings-draft';
import { SyncFolderField } from './sync/SyncFolderField';

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

  return (
    <>
    <form className="settings panel" onSubmit={(e) => void submit(e)}>
      <h1>{nl.settings.title}</h1>
      <OrganisationFields draft={draft} set={set} />
      <HouseStyleFields houseStyle={draft.houseStyle} onChange={(houseStyle) => set({ houseStyle })} />
      <PhraseLibrary phrases={draft.phrases} onChange={(phrases) => set({ phrases })} />
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
    <SyncFolderField />
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

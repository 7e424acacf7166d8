import { useState, type FormEvent } from 'react';
import { EXPORT_COPY_FOLDER } from '../../../shared/export/export-copy';
import { nl } from '../../i18n/nl';
import { useApp } from '../../store/store-context';

/** Instellingen: the shared folder, checked and set up by the core, its refusal said in Dutch. */
export function SyncFolderField() {
  const current = useApp((state) => state.syncStatus?.folder ?? state.settings?.syncFolder ?? '');
  const setSyncFolder = useApp((state) => state.setSyncFolder);
  const chooseSyncFolder = useApp((state) => state.chooseSyncFolder);
  // Under Electron the OS dialog; the browser host cannot see the desktop's folders, so a path is typed.
  const canChoose = useApp((state) => state.canOpenFiles);
  const workspaceSyncedBy = useApp((state) => state.syncStatus?.workspaceSyncedBy);
  const savedCopyExports = useApp((state) => state.settings?.copyExportsToSyncFolder ?? false);
  const [path, setPath] = useState(current);
  const [copyExports, setCopyExports] = useState(savedCopyExports);
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setMessage(null);
    const result = await setSyncFolder(path, copyExports);
    if (!result) return;
    if (!result.ok) setMessage({ text: nl.sync.setting.refused[result.reason], problem: true });
    else if (result.folder) {
      setPath(result.folder);
      setMessage({ text: nl.sync.setting.saved(result.folder), problem: false });
    } else setMessage({ text: nl.sync.setting.off, problem: false });
  }

  return (
    <form className="settings panel sync-folder" onSubmit={(event) => void submit(event)} aria-label={nl.sync.setting.legend}>
      <h2>{nl.sync.setting.legend}</h2>
      <p className="hint">{nl.sync.setting.explanation}</p>
      {workspaceSyncedBy && (
        <p className="form-problems" role="alert">
          {nl.sync.setting.workspaceSynced(workspaceSyncedBy)}
        </p>
      )}
      <label>
        {nl.sync.setting.path}
        <input type="text" value={path} onChange={(event) => setPath(event.target.value)} spellCheck={false} />
      </label>
      {canChoose && (
        <button type="button" onClick={() => void chooseSyncFolder().then((chosen) => chosen && setPath(chosen))}>
          {nl.sync.setting.choose}
        </button>
      )}
      <label className="checkbox">
        <input type="checkbox" checked={copyExports} onChange={(event) => setCopyExports(event.target.checked)} />
        {nl.sync.setting.copyExports(EXPORT_COPY_FOLDER)}
      </label>
      <div className="form-actions">
        {message && <span role={message.problem ? 'alert' : 'note'}>{message.text}</span>}
        <button type="submit">{nl.sync.setting.save}</button>
      </div>
    </form>
  );
}

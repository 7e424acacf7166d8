import { useEffect, useRef, useState } from 'react';
import type { MeetingVersion } from '../../../shared/api/contract';
import { formatDutchDateTime } from '../../../shared/format/dates';
import { RecordTable } from '../../components/RecordTable';
import { nl } from '../../i18n/nl';
import { useApp } from '../../store/store-context';

function kilobytes(size: number): string {
  return nl.versions.kilobytes((size / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1, minimumFractionDigits: 1 }));
}

/** The button in the meeting bar and the list it opens: every earlier version, to put one back. */
export function EarlierVersions() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {nl.versions.open}
      </button>
      {open && <VersionsDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function VersionsDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const meetingName = useApp((state) => state.meeting?.name ?? '');
  const listVersions = useApp((state) => state.listVersions);
  const restoreVersion = useApp((state) => state.restoreVersion);
  const [versions, setVersions] = useState<MeetingVersion[] | null>(null);

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    void listVersions().then(setVersions, () => setVersions([]));
    return () => element?.close();
  }, [listVersions]);

  return (
    <dialog ref={dialog} className="versions-dialog" aria-labelledby="versions-title" onCancel={onClose}>
      <h2 id="versions-title">{nl.versions.title(meetingName)}</h2>
      <p className="hint">{nl.versions.intro}</p>
      {versions === null ? (
        <p>{nl.versions.loading}</p>
      ) : versions.length === 0 ? (
        <p className="empty">{nl.versions.none}</p>
      ) : (
        <div className="versions-scroll">
          <RecordTable headings={[nl.versions.when, nl.versions.kind, nl.versions.size, <span className="visually-hidden">{nl.versions.restore}</span>]}>
            {versions.map((version) => (
              <tr key={version.version} className={`version version--${version.kind}`}>
                <td>{formatDutchDateTime(version.savedAt)}</td>
                <td>{version.kind === 'conflict' ? nl.versions.conflict : nl.versions.saved}</td>
                <td className="number">{kilobytes(version.size)}</td>
                <td>
                  <button
                    type="button"
                    aria-label={nl.versions.restoreLabel(formatDutchDateTime(version.savedAt))}
                    onClick={() => {
                      onClose();
                      void restoreVersion(version);
                    }}
                  >
                    {nl.versions.restore}
                  </button>
                </td>
              </tr>
            ))}
          </RecordTable>
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" autoFocus onClick={onClose}>
          {nl.versions.close}
        </button>
      </div>
    </dialog>
  );
}

/** After a restore: what was put back, and the way back. */
export function RestoreResult() {
  const lastRestore = useApp((state) => state.lastRestore);
  const restoreVersion = useApp((state) => state.restoreVersion);
  if (!lastRestore) return null;
  return (
    <p className="restore-result" role="status">
      {lastRestore.kind === 'restored' ? nl.versions.restored(formatDutchDateTime(lastRestore.savedAt)) : nl.versions.undone}
      {lastRestore.kind === 'restored' && lastRestore.undoVersion && (
        <button type="button" onClick={() => void restoreVersion({ version: lastRestore.undoVersion, savedAt: lastRestore.savedAt }, 'undone')}>
          {nl.versions.undo}
        </button>
      )}
    </p>
  );
}

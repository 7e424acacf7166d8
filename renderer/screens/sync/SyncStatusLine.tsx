import { useEffect } from 'react';
import { formatHourMinute } from '../../../shared/format/dates';
import type { SyncStatus } from '../../../shared/sync/sync-schemas';
import { nl } from '../../i18n/nl';
import { useApp } from '../../store/store-context';
import { whenIdle } from '../../store/when-idle';

/** How often the header asks for the status; the core answers from memory. */
const POLL_MS = 10_000;

/** The status in words and whether it is a problem the secretary should see. */
export function describeSyncStatus(status: SyncStatus): { text: string; problem: boolean } {
  const { report } = status;
  if (!status.folder) return { text: nl.sync.status.off, problem: false };
  if (!report || !status.at) return { text: nl.sync.status.never, problem: false };
  const copies = status.exportCopiesWaiting ? [nl.sync.status.exportCopiesWaiting(status.exportCopiesWaiting)] : [];
  if (report.status === 'stopped') {
    const stop = report.stop === 'unreachable' || report.stop === undefined ? nl.sync.status.unreachable : nl.sync.status.stopped[report.stop];
    return { text: [stop, ...copies].join(' · '), problem: true };
  }
  const parts = [nl.sync.status.synced(formatHourMinute(status.at))];
  const waiting = report.waiting.length;
  if (waiting > 0) parts.push(nl.sync.status.waiting(waiting));
  return { text: [...parts, ...copies].join(' · '), problem: false };
}

/** Always in the header: last sync, an unreachable folder, conflicts waiting. Polls, and on focus. */
export function SyncStatusLine() {
  const status = useApp((state) => state.syncStatus);
  const refreshSync = useApp((state) => state.refreshSync);
  const syncNow = useApp((state) => state.syncNow);
  useEffect(() => {
    // The first look once the view is up: the header line can wait for the notes to be typeable.
    const cancelFirst = whenIdle(() => void refreshSync());
    const timer = setInterval(() => void refreshSync(), POLL_MS);
    const onFocus = () => void refreshSync({ round: true });
    window.addEventListener('focus', onFocus);
    return () => {
      cancelFirst();
      clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [refreshSync]);
  if (!status) return null;
  const { text, problem } = describeSyncStatus(status);
  const conflicts = Object.values(status.conflicts).reduce((sum, count) => sum + count, 0);
  return (
    <p className={`sync-status${problem ? ' sync-status--problem' : ''}`} aria-live="polite">
      <span>{text}</span>
      {conflicts > 0 && <strong className="sync-status__conflicts">{nl.sync.status.conflicts(conflicts)}</strong>}
      {status.folder && (
        <button type="button" className="sync-status__now" onClick={() => void syncNow()}>
          {nl.sync.status.syncNow}
        </button>
      )}
    </p>
  );
}

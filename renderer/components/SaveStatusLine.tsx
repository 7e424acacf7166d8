import { useEffect, useReducer } from 'react';
import { ApiError } from '../../shared/api/api-error';
import { formatClockTime } from '../../shared/format/dates';
import { errorMessage, nl } from '../i18n/nl';
import type { SaveStatus } from '../store/save-queue';
import { useApp } from '../store/store-context';

function describe(status: SaveStatus, now: number): string {
  switch (status.kind) {
    case 'idle':
      return nl.save.idle;
    case 'pending':
      return nl.save.pending;
    case 'saving':
      return nl.save.saving;
    case 'saved':
      return nl.save.saved(formatClockTime(new Date(status.at)));
    case 'failed': {
      const seconds = Math.max(0, Math.ceil((status.retryAt - now) / 1000));
      if (status.keptInBrowser && !(status.error instanceof ApiError)) return nl.save.offlineKept(seconds);
      if (status.keptInBrowser && status.error instanceof ApiError && status.error.code === 'unauthorized') return nl.save.noAccessKept;
      return `${nl.save.failed(seconds)} (${errorMessage(status.error)})`;
    }
  }
}

/** Always visible: the secretary must know at a glance that her words are on disk. */
export function SaveStatusLine() {
  const status = useApp((state) => state.saveStatus);
  const settingsUnsaved = useApp((state) => state.settingsUnsaved);
  // The countdown reads the clock when it renders: a time kept from an earlier render (mount, or
  // the last tick before this failure) showed a number of seconds far too high.
  const [, tick] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (status.kind !== 'failed') return;
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [status]);
  if (settingsUnsaved && (status.kind === 'idle' || status.kind === 'saved')) {
    return (
      <p className="save-status save-status--unsaved" role="status">
        {nl.save.settingsUnsaved}
      </p>
    );
  }
  return (
    <p className={`save-status save-status--${status.kind}`} role="status">
      {describe(status, Date.now())}
    </p>
  );
}

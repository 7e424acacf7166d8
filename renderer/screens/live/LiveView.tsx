import { useCallback, useEffect, useState } from 'react';
import { allItems, findItem } from '../../../shared/agenda/agenda-edit';
import { endMeeting, finishItem, moveToItem, reopenItem, resumeItemId, runningItemId, startMeeting } from '../../../shared/agenda/meeting-time';
import type { Meeting } from '../../../shared/model/meeting';
import { focusNotesEnd } from '../../editor/editor-registry';
import { nl } from '../../i18n/nl';
import { useApp, useMeetingExceptNotes } from '../../store/store-context';
import { CurrentItem } from './CurrentItem';
import { MeetingClock } from './Clocks';
import { DeferredItemOverview } from './ItemOverview';
import { liveCommandOf, shortcutAttribute, shortcutKeys, shortcutSelector, type LiveCommand } from './live-shortcuts';
import { PresencePanel } from './PresencePanel';
import { FIRST_PROPOSAL_OUTCOME_ID } from './ProposalOutcomes';

/** Where each key that moves the focus takes it. */
const FOCUS_TARGETS: Partial<Record<LiveCommand, string>> = {
  proposals: `#${FIRST_PROPOSAL_OUTCOME_ID}`,
  decision: '#live-decision',
  action: '#action-who',
  presence: '#live-presence button',
  overview: '#live-overview [aria-current], #live-overview button',
};

/**
 * Live minuting: one item in focus, the whole agenda beside it, everything by keyboard too. The
 * item under discussion is read from the meeting's time record, so a reload picks up there.
 */
export function LiveView() {
  const meeting = useMeetingExceptNotes()!;
  const editMeeting = useApp((state) => state.editMeeting);
  const items = allItems(meeting);
  // The item looked at while nothing is under discussion (before the start, after the end).
  const [lookedAt, setLookedAt] = useState(() => resumeItemId(meeting) ?? '');
  const currentId = [runningItemId(meeting), lookedAt].find((id) => id && findItem(meeting, id)) ?? resumeItemId(meeting) ?? '';
  const index = items.findIndex(({ item }) => item.id === currentId);

  const record = useCallback((event: (m: Meeting, now: Date) => Meeting) => editMeeting((m) => event(m, new Date())), [editMeeting]);

  const jump = useCallback(
    (itemId: string, finish = false) => {
      if (itemId === currentId) return;
      record((m, now) => moveToItem(m, itemId, now, { finish }));
      setLookedAt(itemId);
      // The notes take the keyboard a frame later, unless a key pressed meanwhile put it elsewhere
      // (Alt+4's prompt asking for a date): that field keeps it.
      const focusBefore = document.activeElement;
      requestAnimationFrame(() => {
        if (document.activeElement === focusBefore || document.activeElement === document.body) focusNotesEnd(itemId);
      });
    },
    [currentId, record],
  );

  const step = useCallback(
    (delta: -1 | 1) => {
      const target = items[index + delta];
      // "Volgend punt" closes the item as done; going back leaves it unfinished.
      if (target) jump(target.item.id, delta === 1);
    },
    [index, items, jump],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent): void {
      const pressed = liveCommandOf(event);
      if (!pressed) return;
      const { command, number } = pressed;
      if (command === 'next') step(1);
      else if (command === 'previous') step(-1);
      else if (command === 'notes') focusNotesEnd(currentId);
      else if (FOCUS_TARGETS[command]) document.querySelector<HTMLElement>(FOCUS_TARGETS[command])?.focus();
      else document.querySelector<HTMLButtonElement>(shortcutSelector(command, number))?.click();
      event.preventDefault();
    }
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [currentId, step]);

  const current = items[index];
  if (!current) return null;
  const toggleDone = () => record((m, now) => (current.item.status === 'done' ? reopenItem(m, current.item.id, now) : finishItem(m, current.item.id, now)));

  return (
    <div className="live">
      <aside className="live-side">
        <MeetingClock meeting={meeting} onStart={() => record((m, now) => startMeeting(m, currentId, now))} onEnd={() => record(endMeeting)} />
        <DeferredItemOverview meeting={meeting} currentItemId={currentId} onJump={jump} />
      </aside>
      <div className="live-main">
        <div className="live-nav">
          <button type="button" onClick={() => step(-1)} disabled={index === 0} title={shortcutKeys('previous')}>
            ↑ {nl.live.previous}
          </button>
          <button type="button" {...shortcutAttribute('next')} onClick={() => step(1)} disabled={index === items.length - 1} title={shortcutKeys('next')}>
            ↓ {nl.live.next}
          </button>
        </div>
        <CurrentItem section={current.section} item={current.item} onToggleDone={toggleDone} />
      </div>
      <aside className="live-extra">
        <PresencePanel itemId={current.item.id} />
      </aside>
    </div>
  );
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { allItems, updateItem } from '../../../shared/agenda/agenda-edit';
import { editorOf } from '../../editor/editor-registry';
import { nl } from '../../i18n/nl';
import { useApp, useMeetingExceptNotes } from '../../store/store-context';
import { CurrentItem } from './CurrentItem';
import { MeetingClock } from './Clocks';
import { DeferredItemOverview } from './ItemOverview';
import { PresencePanel } from './PresencePanel';

/** Live minuting: one item in focus, the whole agenda beside it, everything by keyboard too. */
export function LiveView() {
  const meeting = useMeetingExceptNotes()!;
  const editMeeting = useApp((state) => state.editMeeting);
  const items = allItems(meeting);
  const [currentId, setCurrentId] = useState(() => (items.find(({ item }) => item.status !== 'done') ?? items[0])?.item.id ?? '');
  const enteredAt = useRef(Date.now());

  /** Books the time of this visit on the item, e.g. when moving on. */
  const bookTime = useCallback(() => {
    const seconds = Math.round((Date.now() - enteredAt.current) / 1000);
    enteredAt.current = Date.now();
    if (seconds > 0 && currentId) editMeeting((m) => updateItem(m, currentId, (i) => ({ ...i, actualSeconds: i.actualSeconds + seconds })));
  }, [currentId, editMeeting]);

  const jump = useCallback(
    (itemId: string) => {
      if (itemId === currentId) return;
      bookTime();
      // Starting an item that is still open marks it as under way.
      editMeeting((m) => updateItem(m, itemId, (i) => (i.status === 'open' ? { ...i, status: 'in-progress' } : i)));
      setCurrentId(itemId);
      requestAnimationFrame(() => editorOf(itemId)?.commands.focus('end'));
    },
    [bookTime, currentId, editMeeting],
  );

  // The item in focus when live mode opens is under way.
  useEffect(() => {
    if (currentId) editMeeting((m) => updateItem(m, currentId, (i) => (i.status === 'open' ? { ...i, status: 'in-progress' } : i)));
    // Only on entering live mode; later items are marked by jump().
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Leaving live mode books the time spent on the current item too.
  const bookOnLeave = useRef(bookTime);
  bookOnLeave.current = bookTime;
  useEffect(() => () => bookOnLeave.current(), []);

  const index = items.findIndex(({ item }) => item.id === currentId);
  const step = useCallback(
    (delta: -1 | 1) => {
      const target = items[index + delta];
      if (target) jump(target.item.id);
    },
    [index, items, jump],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent): void {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const focus = (id: string) => document.getElementById(id)?.focus();
      const key = event.key.toLowerCase();
      const digit = /^Digit([1-9])$/.exec(event.code)?.[1];
      if (event.key === 'ArrowDown' || event.key === 'PageDown') step(1);
      else if (event.key === 'ArrowUp' || event.key === 'PageUp') step(-1);
      else if (digit) document.querySelector<HTMLButtonElement>(`.phrases [data-phrase-key="${digit}"]`)?.click();
      else if (key === 'b') focus('live-decision');
      else if (key === 't') focus('action-who');
      else if (key === 'p') document.querySelector<HTMLButtonElement>('#live-presence button')?.focus();
      else if (key === 'o') document.querySelector<HTMLButtonElement>('#live-overview [aria-current] , #live-overview button')?.focus();
      else if (key === 'n') editorOf(currentId)?.commands.focus('end');
      else return;
      event.preventDefault();
    }
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [currentId, step]);

  const current = items[index];
  if (!current) return null;
  const bookedSeconds = items.reduce((sum, { item }) => sum + item.actualSeconds, 0);

  return (
    <div className="live">
      <aside className="live-side">
        <MeetingClock bookedSeconds={bookedSeconds} since={enteredAt.current} />
        <DeferredItemOverview meeting={meeting} currentItemId={currentId} onJump={jump} />
      </aside>
      <div className="live-main">
        <div className="live-nav">
          <button type="button" onClick={() => step(-1)} disabled={index === 0} title="Alt + ↑">
            ↑ {nl.live.previous}
          </button>
          <button type="button" onClick={() => step(1)} disabled={index === items.length - 1} title="Alt + ↓">
            ↓ {nl.live.next}
          </button>
        </div>
        <CurrentItem section={current.section} item={current.item} since={enteredAt.current} />
        <PresencePanel itemId={current.item.id} />
      </div>
    </div>
  );
}

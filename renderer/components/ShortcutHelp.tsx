import { useEffect, useState } from 'react';
import { nl } from '../i18n/nl';
import { LIVE_SHORTCUTS } from '../screens/live/live-shortcuts';

/** Every shortcut with what it does: the live view's from their one definition, then the editor's. */
const ROWS: readonly (readonly [string, string])[] = [...LIVE_SHORTCUTS.map((s) => [s.keys, nl.shortcuts.live[s.command]] as const), ...nl.shortcuts.list];

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The shortcut overview: "?" anywhere but in text, or F1 anywhere. */
export function ShortcutHelp() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    function onKey(event: KeyboardEvent): void {
      if (event.key === 'F1' || (event.key === '?' && !isTyping(event.target))) {
        event.preventDefault();
        setOpen(true);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  if (!open) return null;
  return (
    <dialog open className="shortcut-help" aria-labelledby="shortcut-title" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <h2 id="shortcut-title">{nl.shortcuts.title}</h2>
      <table>
        <tbody>
          {ROWS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" autoFocus onClick={() => setOpen(false)}>
        {nl.shortcuts.close}
      </button>
    </dialog>
  );
}

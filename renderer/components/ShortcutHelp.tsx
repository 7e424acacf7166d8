import { useEffect, useState } from 'react';
import { displayKeys, EDITOR_SHORTCUTS } from '../editor/editor-shortcuts';
import { LIST_MARKERS } from '../editor/list-style-shortcuts';
import { nl } from '../i18n/nl';
import { LIVE_SHORTCUTS } from '../screens/live/live-shortcuts';

/** The keys that open this overview: F1 anywhere, "?" anywhere but in text. */
const HELP_KEYS = { anywhere: 'F1', outsideText: '?' } as const;

/** Every shortcut with what it does, each from its one definition. */
const ROWS: readonly (readonly [string, string])[] = [
  ...LIVE_SHORTCUTS.map((s) => [s.keys, nl.shortcuts.live[s.command]] as const),
  ...EDITOR_SHORTCUTS.map((s) => [displayKeys(s.keymap[0]), nl.shortcuts.editor[s.command]] as const),
  [nl.shortcuts.typedMarkers(LIST_MARKERS.map((marker) => marker.shown).join(' , ')), nl.shortcuts.typedMarkersDo],
  [nl.shortcuts.either(HELP_KEYS.outsideText, HELP_KEYS.anywhere), nl.shortcuts.help],
];

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The shortcut overview. */
export function ShortcutHelp() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    function onKey(event: KeyboardEvent): void {
      if (event.key === HELP_KEYS.anywhere || (event.key === HELP_KEYS.outsideText && !isTyping(event.target))) {
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

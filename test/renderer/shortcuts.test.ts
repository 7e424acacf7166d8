import { describe, expect, it } from 'vitest';
import type { EditorCommand } from '../../renderer/editor/editor-commands';
import { displayKeys, EDITOR_SHORTCUTS, editorKeymap, editorShortcutKeys } from '../../renderer/editor/editor-shortcuts';
import { liveCommandOf, LIVE_SHORTCUTS, shortcutKeys } from '../../renderer/screens/live/live-shortcuts';

describe('the editor keys, defined once', () => {
  it('are written for people as the overview and the toolbar show them', () => {
    expect(displayKeys('Mod-b')).toBe('Ctrl + B');
    expect(displayKeys('Mod-Alt-3')).toBe('Ctrl + Alt + 3');
    expect(displayKeys('Shift-Tab')).toBe('Shift + Tab');
    expect(displayKeys('Mod-.')).toBe('Ctrl + .');
    expect(editorShortcutKeys('bold')).toBe('Ctrl + B');
    expect(editorShortcutKeys('letteredList')).toBeUndefined();
  });

  it('are every key the editor binds, each running its own command', () => {
    const ran: EditorCommand[] = [];
    const keymap = editorKeymap((command) => {
      ran.push(command);
      return true;
    });
    const keys = EDITOR_SHORTCUTS.flatMap((s) => s.keymap.map((key) => [key, s.command] as const));
    expect(Object.keys(keymap).sort()).toEqual(keys.map(([key]) => key).sort());
    for (const [key, command] of keys) {
      keymap[key]!();
      expect(ran.at(-1)).toBe(command);
    }
  });
});

describe('the live keys, defined once', () => {
  it('show the very key they react to', () => {
    for (const shortcut of LIVE_SHORTCUTS) {
      const letter = /^Key([A-Z])$/.exec(shortcut.codes[0]!)?.[1];
      if (letter) expect(shortcut.keys).toBe(`Alt + ${letter}`);
      expect(liveCommandOf({ altKey: true, ctrlKey: false, metaKey: false, code: shortcut.codes[0]! })?.command).toBe(shortcut.command);
    }
  });

  it('name the one key of a numbered usual outcome', () => {
    expect(shortcutKeys('phrase', 3)).toBe('Alt + 3');
    expect(liveCommandOf({ altKey: true, ctrlKey: false, metaKey: false, code: 'Digit3' })).toEqual({ command: 'phrase', number: 3 });
    expect(shortcutKeys('phrase')).toBe('Alt + 1 … 9');
  });
});

import { Extension } from '@tiptap/core';
import { runEditorCommand, type EditorCommand } from './editor-commands';

/**
 * The notes editor's keys, defined once: the editor's keymap binds them, and the toolbar's
 * titles and the shortcut overview show them. Keys are ProseMirror's names (`Mod` is Ctrl, or
 * ⌘ on a Mac), the first of each is the one shown.
 */
export interface EditorShortcut {
  command: EditorCommand;
  keymap: readonly [string, ...string[]];
}

export const EDITOR_SHORTCUTS: readonly EditorShortcut[] = [
  { command: 'bold', keymap: ['Mod-b', 'Mod-B'] },
  { command: 'italic', keymap: ['Mod-i', 'Mod-I'] },
  { command: 'superscript', keymap: ['Mod-.'] },
  { command: 'subheading', keymap: ['Mod-Alt-3'] },
  { command: 'subheading2', keymap: ['Mod-Alt-4'] },
  { command: 'bulletList', keymap: ['Mod-Shift-8'] },
  { command: 'numberedList', keymap: ['Mod-Shift-7'] },
  { command: 'indent', keymap: ['Tab'] },
  { command: 'outdent', keymap: ['Shift-Tab'] },
  { command: 'undo', keymap: ['Mod-z', 'Mod-я'] },
  { command: 'redo', keymap: ['Mod-y', 'Shift-Mod-z', 'Shift-Mod-я'] },
];

const KEY_NAMES: Readonly<Record<string, string>> = { Mod: 'Ctrl', Shift: 'Shift', Alt: 'Alt', Tab: 'Tab' };

/** How the overview and the titles write a key: `Mod-Alt-3` → `Ctrl + Alt + 3`. */
export function displayKeys(key: string): string {
  return key
    .split('-')
    .map((part) => KEY_NAMES[part] ?? part.toUpperCase())
    .join(' + ');
}

/** The keys shown for a command, or undefined when it has none. */
export function editorShortcutKeys(command: EditorCommand): string | undefined {
  const shortcut = EDITOR_SHORTCUTS.find((s) => s.command === command);
  return shortcut && displayKeys(shortcut.keymap[0]);
}

/** The keymap TipTap binds: every key of every shortcut, to what `run` does for its command. */
export function editorKeymap(run: (command: EditorCommand) => boolean): Record<string, () => boolean> {
  return Object.fromEntries(EDITOR_SHORTCUTS.flatMap(({ command, keymap }) => keymap.map((key) => [key, () => run(command)])));
}

/** Binds EDITOR_SHORTCUTS ahead of the extensions' own keys, so what is shown is what is bound. */
export const EditorShortcutKeys = Extension.create({
  name: 'editorShortcutKeys',
  // Before the list item's own Tab and the marks' keys (priority 100).
  priority: 1000,
  addKeyboardShortcuts() {
    return editorKeymap((command) => runEditorCommand(this.editor, command));
  },
});

/**
 * The live view's keys, defined once: the key handler reads them and the shortcut overview shows
 * them. Alt with a letter's physical key (event.code), so they work on any keyboard layout, and
 * none of the keys the browser keeps for itself (Alt+D, Alt+E, Alt+F).
 */
export const LIVE_COMMANDS = [
  'next',
  'previous',
  'done',
  'phrase',
  'proposals',
  'decision',
  'action',
  'presence',
  'overview',
  'notes',
  'start',
  'end',
] as const;
export type LiveCommand = (typeof LIVE_COMMANDS)[number];

export interface LiveShortcut {
  command: LiveCommand;
  /** The event.code values that trigger it, with Alt held. */
  codes: readonly string[];
  /** How the overview writes the keys. */
  keys: string;
}

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

export const LIVE_SHORTCUTS: readonly LiveShortcut[] = [
  { command: 'next', codes: ['ArrowDown', 'PageDown'], keys: 'Alt + ↓' },
  { command: 'previous', codes: ['ArrowUp', 'PageUp'], keys: 'Alt + ↑' },
  { command: 'done', codes: ['KeyA'], keys: 'Alt + A' },
  { command: 'phrase', codes: DIGITS.map((digit) => `Digit${digit}`), keys: 'Alt + 1 … 9' },
  { command: 'proposals', codes: ['KeyV'], keys: 'Alt + V' },
  { command: 'decision', codes: ['KeyB'], keys: 'Alt + B' },
  { command: 'action', codes: ['KeyT'], keys: 'Alt + T' },
  { command: 'presence', codes: ['KeyP'], keys: 'Alt + P' },
  { command: 'overview', codes: ['KeyO'], keys: 'Alt + O' },
  { command: 'notes', codes: ['KeyN'], keys: 'Alt + N' },
  { command: 'start', codes: ['KeyS'], keys: 'Alt + S' },
  { command: 'end', codes: ['KeyX'], keys: 'Alt + X' },
];

/** The live command a key press asks for, with the phrase's number for Alt+1…9. */
export function liveCommandOf(event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'code'>): { command: LiveCommand; number?: number } | undefined {
  if (!event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const shortcut = LIVE_SHORTCUTS.find((s) => s.codes.includes(event.code));
  if (!shortcut) return undefined;
  const digit = /^Digit([1-9])$/.exec(event.code)?.[1];
  return digit ? { command: shortcut.command, number: Number(digit) } : { command: shortcut.command };
}

/** Marks the button a command clicks, so key and button always do the same. */
export function shortcutAttribute(command: LiveCommand, number?: number): { 'data-shortcut': string } {
  return { 'data-shortcut': number === undefined ? command : `${command}-${number}` };
}

export function shortcutSelector(command: LiveCommand, number?: number): string {
  return `[data-shortcut="${shortcutAttribute(command, number)['data-shortcut']}"]`;
}

export function shortcutKeys(command: LiveCommand): string {
  return LIVE_SHORTCUTS.find((s) => s.command === command)?.keys ?? '';
}

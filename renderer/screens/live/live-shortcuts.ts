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

/** How the overview writes the Alt key the live keys are held with. */
const ALT = 'Alt + ';

export const LIVE_SHORTCUTS: readonly LiveShortcut[] = [
  { command: 'next', codes: ['ArrowDown', 'PageDown'], keys: `${ALT}↓` },
  { command: 'previous', codes: ['ArrowUp', 'PageUp'], keys: `${ALT}↑` },
  { command: 'done', codes: ['KeyA'], keys: `${ALT}A` },
  { command: 'phrase', codes: DIGITS.map((digit) => `Digit${digit}`), keys: `${ALT}1 … 9` },
  { command: 'proposals', codes: ['KeyV'], keys: `${ALT}V` },
  { command: 'decision', codes: ['KeyB'], keys: `${ALT}B` },
  { command: 'action', codes: ['KeyT'], keys: `${ALT}T` },
  { command: 'presence', codes: ['KeyP'], keys: `${ALT}P` },
  { command: 'overview', codes: ['KeyO'], keys: `${ALT}O` },
  { command: 'notes', codes: ['KeyN'], keys: `${ALT}N` },
  { command: 'start', codes: ['KeyS'], keys: `${ALT}S` },
  { command: 'end', codes: ['KeyX'], keys: `${ALT}X` },
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

/** How a command's keys are written; with a number, the one key of Alt+1…9 that number is. */
export function shortcutKeys(command: LiveCommand, number?: number): string {
  if (number !== undefined) return `${ALT}${number}`;
  return LIVE_SHORTCUTS.find((s) => s.command === command)?.keys ?? '';
}

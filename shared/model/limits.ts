import type { Meeting } from './meeting';

// Free of zod (types only): the renderer checks its own notes against these without loading
// the schemas.

/**
 * The largest meeting Notulist accepts, at every entry (meeting file, API, CLI). Each bounds
 * the memory and time one meeting may cost, and the depth of every recursive walk over notes;
 * each is far beyond a real meeting (a 200-item meeting with 100,000 words and lists nested 9
 * levels deep uses a tenth or less of every one). Documented in docs/limits.md.
 */
export const LIMITS = {
  /** Lists inside lists in an item's notes; Word itself draws only 9 levels. */
  listDepth: 20,
  /** Characters in one block of notes (a paragraph, a sub-heading) or in any one text field. */
  blockCharacters: 100_000,
  /** Characters of text in the whole meeting: its fields, agenda and notes. */
  meetingCharacters: 3_000_000,
  /** Blocks of notes (paragraphs, sub-headings, lists and list items) in the whole meeting. */
  meetingBlocks: 100_000,
  /** Domain tables of a meeting. */
  sections: 100,
  /** Agenda items of a meeting, all domain tables together. */
  items: 2_000,
  /** Attendees of a meeting. */
  attendees: 1_000,
  /**
   * Arrays and objects inside each other in any JSON Notulist reads (a meeting file, a request):
   * checked on the text before parsing, because parsing a few million levels stalls the process
   * for seconds. A meeting with lists at their deepest is about 90 levels.
   */
  jsonDepth: 128,
} as const;

export type LimitName = keyof typeof LIMITS;

/** What a meeting is over, as `path: reason` lines like the schema's, in English. */
export interface LimitProblem {
  limit: LimitName;
  message: string;
}

interface TextCount {
  characters: number;
  longest: number;
  blocks: number;
  problems: LimitProblem[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * How deep lists nest in notes as they arrive, before any schema walks them: an iterative walk
 * over unchecked input, so a hostile depth costs neither the stack nor more than one pass.
 * Returns as soon as it passes `stopAt`, the depth that is already too deep.
 */
export function listDepthOf(notes: unknown, stopAt: number = LIMITS.listDepth + 1): number {
  let deepest = 0;
  const pending: { blocks: unknown; depth: number }[] = [{ blocks: notes, depth: 0 }];
  while (pending.length > 0) {
    const { blocks, depth } = pending.pop()!;
    if (!Array.isArray(blocks)) continue;
    for (const block of blocks) {
      if (!isRecord(block) || block.type !== 'list' || !Array.isArray(block.items)) continue;
      const inner = depth + 1;
      if (inner > deepest) deepest = inner;
      if (deepest >= stopAt) return deepest;
      for (const item of block.items) if (isRecord(item)) pending.push({ blocks: item.content, depth: inner });
    }
  }
  return deepest;
}

/**
 * Whether JSON text nests no deeper than `max` arrays and objects. A linear scan of the text,
 * skipping strings; it does not check the syntax, which JSON.parse does next.
 */
export function jsonDepthWithin(text: string, max: number = LIMITS.jsonDepth): boolean {
  let depth = 0;
  let inString = false;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (inString) {
      if (code === 0x5c) at += 1; // a backslash escapes the next character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > max) return false;
    } else if (code === 0x5d || code === 0x7d) depth -= 1;
  }
  return true;
}

export const JSON_DEPTH_MESSAGE = `arrays and objects are nested more than ${LIMITS.jsonDepth} levels deep; at most ${LIMITS.jsonDepth} are allowed`;

export function listDepthMessage(): string {
  return `lists are nested more than ${LIMITS.listDepth} levels deep; at most ${LIMITS.listDepth} are allowed`;
}

/**
 * Counts the text of one part of a meeting (an agenda item, the meeting's own fields): every
 * string, each block of notes as the sum of its runs. Iterative, so safe on any nesting.
 */
function countText(value: unknown, path: string): TextCount {
  const count: TextCount = { characters: 0, longest: 0, blocks: 0, problems: [] };
  const pending: { value: unknown; path: string }[] = [{ value, path }];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (typeof next.value === 'string') {
      count.characters += next.value.length;
      count.longest = Math.max(count.longest, next.value.length);
      if (next.value.length > LIMITS.blockCharacters) count.problems.push(tooLong(next.path, next.value.length));
      continue;
    }
    if (!isRecord(next.value)) continue;
    const node = next.value;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'list') count.blocks += 1;
    if ((node.type === 'paragraph' || node.type === 'heading') && Array.isArray(node.content)) {
      const length = node.content.reduce((sum: number, run: unknown) => sum + runLength(run), 0);
      if (length > LIMITS.blockCharacters) count.problems.push(tooLong(next.path, length));
      count.characters += length;
      count.longest = Math.max(count.longest, length);
      continue;
    }
    if (Array.isArray(node.items) && node.type === 'list') count.blocks += node.items.length;
    for (const [key, child] of Object.entries(node)) pending.push({ value: child, path: next.path ? `${next.path}.${key}` : key });
  }
  return count;
}

/** A run's text and its link target: both are kept, both cost. */
function runLength(run: unknown): number {
  if (!isRecord(run)) return 0;
  return (typeof run.text === 'string' ? run.text.length : 0) + (typeof run.link === 'string' ? run.link.length : 0);
}

function tooLong(path: string, length: number): LimitProblem {
  return { limit: 'blockCharacters', message: `${path}: ${length} characters; at most ${LIMITS.blockCharacters} are allowed in one text` };
}

/** Items are never changed once validated: each is counted once, not on every save. */
const counted = new WeakMap<object, TextCount>();

function countItem(item: object, path: string): TextCount {
  let count = counted.get(item);
  if (!count) {
    count = countText(item, path);
    counted.set(item, count);
  }
  // A cached count's paths name where the item was first seen; say where it is now.
  return count.problems.length === 0 ? count : countText(item, path);
}

/** How much of each limit a meeting uses. */
export interface MeetingMeasures {
  listDepth: number;
  /** The longest single text: a block of notes or a field. */
  blockCharacters: number;
  meetingCharacters: number;
  meetingBlocks: number;
  sections: number;
  items: number;
  attendees: number;
}

/** Measures a meeting against every limit; `problems` names each one it is over, and where. */
export function measureMeeting(meeting: Meeting): { measures: MeetingMeasures; problems: LimitProblem[] } {
  const { sections, ...own } = meeting;
  const measures: MeetingMeasures = {
    listDepth: 0,
    blockCharacters: 0,
    meetingCharacters: 0,
    meetingBlocks: 0,
    sections: sections.length,
    items: sections.reduce((sum, section) => sum + section.items.length, 0),
    attendees: meeting.attendees.length,
  };
  const problems: LimitProblem[] = [];
  const add = (count: TextCount): void => {
    measures.meetingCharacters += count.characters;
    measures.meetingBlocks += count.blocks;
    measures.blockCharacters = Math.max(measures.blockCharacters, count.longest);
    problems.push(...count.problems);
  };
  add(countText(own, ''));
  sections.forEach((section, s) => {
    const { items, ...sectionOwn } = section;
    add(countText(sectionOwn, `sections.${s}`));
    items.forEach((item, i) => {
      add(countItem(item, `sections.${s}.items.${i}`));
      measures.listDepth = Math.max(measures.listDepth, listDepthOf(item.notes));
    });
  });
  for (const limit of ['sections', 'items', 'attendees', 'meetingCharacters', 'meetingBlocks'] as const) {
    if (measures[limit] > LIMITS[limit]) problems.push({ limit, message: `${WHAT[limit]}: ${measures[limit]}; at most ${LIMITS[limit]} are allowed` });
  }
  return { measures, problems };
}

const WHAT = {
  sections: 'domain tables in the meeting',
  items: 'agenda items in the meeting',
  attendees: 'attendees of the meeting',
  meetingCharacters: 'characters of text in the meeting',
  meetingBlocks: 'blocks of notes in the meeting',
} as const;

/**
 * Every limit the meeting is over (empty when it is within all of them). Checked where a
 * meeting enters as a whole (reading its file, before every write), so a file Notulist writes
 * is always one it reads back. List depth is the schema's own check (rich-text.ts).
 */
export function meetingLimitProblems(meeting: Meeting): LimitProblem[] {
  return measureMeeting(meeting).problems;
}

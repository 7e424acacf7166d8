import type { Meeting, AgendaItem } from '../../shared/model/meeting';

/** One change the writer acknowledged: a save answered, or a word the page took from the keyboard. */
export interface Edit {
  target: 'api-notes' | 'ui-notes' | 'settings';
  /** A word unique to this trial and edit, e.g. `a12w7`; for settings the value's suffix. */
  token: string;
  /** performance.now() when the acknowledgement arrived. */
  ackedAt: number;
}

/** A running driver: `ready` once it is saving or typing, `stop()` ends it and hands its edits over. */
export interface Drive {
  ready: Promise<void>;
  stop(): Promise<Edit[]>;
}

/** What a driver's loop sees: where to note its edits, whether to stop, and how to say it is ready. */
export interface DriveControl {
  edits: Edit[];
  stopped(): boolean;
  markReady(): void;
}

/** Starts `run` at once; `stop()` asks its loop to end, waits for it and hands over the edits it noted. */
export function startDrive(run: (control: DriveControl) => Promise<unknown>): Drive {
  const edits: Edit[] = [];
  let stopped = false;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const running = run({ edits, stopped: () => stopped, markReady });
  return {
    ready,
    async stop() {
      stopped = true;
      await running;
      return edits;
    },
  };
}

/** The item the API trials write and the one the UI trials type into, so they never mix. */
export const UI_ITEM_TITLE = 'Rondvraag';

export function apiItemOf(meeting: Meeting): AgendaItem {
  const item = meeting.sections.flatMap((section) => section.items).find((candidate) => candidate.title !== UI_ITEM_TITLE);
  if (!item) throw new Error(`meeting ${meeting.id} has no agenda item besides ${UI_ITEM_TITLE}`);
  return item;
}

export function uiItemOf(meeting: Meeting): AgendaItem {
  const item = meeting.sections.flatMap((section) => section.items).find((candidate) => candidate.title === UI_ITEM_TITLE);
  if (!item) throw new Error(`meeting ${meeting.id} has no agenda item ${UI_ITEM_TITLE}`);
  return item;
}

/** Every word of an item's notes, whatever the block structure (paragraphs, lists, headings). */
export function wordsOf(item: AgendaItem): string[] {
  const texts: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'text' && typeof inner === 'string') texts.push(inner);
        else visit(inner);
      }
    }
  };
  visit(item.notes);
  return texts.join(' ').split(/\s+/).filter((word) => word.length > 0);
}

/** The settings value of the k-th settings edit of a trial; later edits carry larger k. */
export function contactPersonFor(trial: number, k: number): string {
  return `Secretaris t${trial}n${k}`;
}

/** Whether `value` holds the settings edit `token` (t<trial>n<k>) or a later one of the same trial. */
export function holdsSettingsEdit(value: string, token: string): boolean {
  const [, trial, k] = /^t(\d+)n(\d+)$/.exec(token) ?? [];
  const [, storedTrial, storedK] = /^Secretaris t(\d+)n(\d+)$/.exec(value) ?? [];
  return trial !== undefined && trial === storedTrial && Number(storedK) >= Number(k);
}

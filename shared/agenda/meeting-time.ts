import type { AgendaItem, Meeting, TimeInterval } from '../model/meeting';
import { allItems, findItem } from './agenda-edit';

/**
 * Time as a record: starting and ending the meeting and moving between items are events stored
 * as timestamps in the meeting, and every clock is read from them. So the clocks, the item in
 * focus and the statuses are the same after a reload, a crash or a restart, and the meeting clock
 * is wall-clock time since the start. Pure: the caller passes `now`.
 */

export type MeetingPhase = 'not-started' | 'running' | 'ended';

export function meetingPhase(meeting: Pick<Meeting, 'startedAt' | 'endedAt'>): MeetingPhase {
  if (!meeting.startedAt) return 'not-started';
  return meeting.endedAt ? 'ended' : 'running';
}

const ms = (instant: string): number => Date.parse(instant);

function intervalSeconds(interval: TimeInterval, now: Date): number {
  const end = interval.end ? ms(interval.end) : now.getTime();
  return Math.max(0, (end - ms(interval.start)) / 1000);
}

/** Seconds the item was under discussion: its recorded intervals, the open one up to `now`. */
export function itemSeconds(item: Pick<AgendaItem, 'actualSeconds' | 'intervals'>, now: Date): number {
  return Math.floor(item.actualSeconds + (item.intervals ?? []).reduce((sum, interval) => sum + intervalSeconds(interval, now), 0));
}

/** Wall-clock seconds since the meeting started (to its end, once ended); undefined before the start. */
export function meetingSeconds(meeting: Pick<Meeting, 'startedAt' | 'endedAt'>, now: Date): number | undefined {
  if (!meeting.startedAt) return undefined;
  const end = meeting.endedAt ? ms(meeting.endedAt) : now.getTime();
  return Math.max(0, Math.floor((end - ms(meeting.startedAt)) / 1000));
}

/** Seconds past the planned time, or undefined while within it (or without a plan). */
export function overrunSeconds(item: Pick<AgendaItem, 'actualSeconds' | 'intervals' | 'plannedMinutes'>, now: Date): number | undefined {
  if (!item.plannedMinutes) return undefined;
  const over = itemSeconds(item, now) - item.plannedMinutes * 60;
  return over >= 0 ? over : undefined;
}

const isOpen = (item: AgendaItem): boolean => (item.intervals ?? []).some((interval) => !interval.end);

/** The item under discussion now: the one with an open interval (the latest started, should there be more). */
export function runningItemId(meeting: Meeting): string | undefined {
  let latest: { id: string; start: number } | undefined;
  for (const { item } of allItems(meeting)) {
    for (const interval of item.intervals ?? []) {
      if (!interval.end && (!latest || ms(interval.start) >= latest.start)) latest = { id: item.id, start: ms(interval.start) };
    }
  }
  return latest?.id;
}

/**
 * Where live minuting picks up on opening the meeting: the item under discussion, else the
 * item discussed last, else the first item not yet done.
 */
export function resumeItemId(meeting: Meeting): string | undefined {
  const running = runningItemId(meeting);
  if (running) return running;
  const items = allItems(meeting).map(({ item }) => item);
  let last: { id: string; end: number } | undefined;
  for (const item of items) {
    for (const interval of item.intervals ?? []) {
      if (interval.end && (!last || ms(interval.end) >= last.end)) last = { id: item.id, end: ms(interval.end) };
    }
  }
  return last?.id ?? (items.find((item) => item.status !== 'done') ?? items[0])?.id;
}

function mapItems(meeting: Meeting, change: (item: AgendaItem) => AgendaItem): Meeting {
  let changed = false;
  const sections = meeting.sections.map((section) => {
    const items = section.items.map((item) => {
      const next = change(item);
      if (next !== item) changed = true;
      return next;
    });
    return items.some((item, i) => item !== section.items[i]) ? { ...section, items } : section;
  });
  return changed ? { ...meeting, sections } : meeting;
}

/** Closes the item's open interval; an item left unfinished is no longer "bezig". */
function leave(item: AgendaItem, at: string, finish: boolean): AgendaItem {
  const status = finish && (item.status === 'open' || item.status === 'in-progress') ? 'done' : item.status === 'in-progress' ? 'open' : item.status;
  const intervals = isOpen(item) ? item.intervals!.map((interval) => (interval.end ? interval : { ...interval, end: at })) : item.intervals;
  return status === item.status && intervals === item.intervals ? item : { ...item, status, intervals };
}

/** Opens an interval on the item; an open item becomes "bezig", a finished one stays as it is. */
function enter(item: AgendaItem, at: string): AgendaItem {
  if (isOpen(item)) return item;
  return { ...item, status: item.status === 'open' ? 'in-progress' : item.status, intervals: [...(item.intervals ?? []), { start: at }] };
}

/** Closes whatever runs and opens `itemId`: one item under discussion at a time. */
function focusOn(meeting: Meeting, itemId: string, at: string, finishRunning: boolean): Meeting {
  const running = runningItemId(meeting);
  return mapItems(meeting, (item) => {
    if (item.id === itemId) return enter(item, at);
    return isOpen(item) ? leave(item, at, finishRunning && item.id === running) : item;
  });
}

/** Starts the meeting (or resumes one ended by mistake) with `itemId` under discussion. */
export function startMeeting(meeting: Meeting, itemId: string, now: Date): Meeting {
  if (meetingPhase(meeting) === 'running' || !findItem(meeting, itemId)) return meeting;
  const at = now.toISOString();
  const { endedAt: _ended, ...rest } = meeting;
  return focusOn({ ...rest, startedAt: meeting.startedAt ?? at }, itemId, at, false);
}

/** Ends the meeting: the item under discussion is done and its interval closed. */
export function endMeeting(meeting: Meeting, now: Date): Meeting {
  if (meetingPhase(meeting) !== 'running') return meeting;
  const at = now.toISOString();
  const running = runningItemId(meeting);
  return { ...mapItems(meeting, (item) => (isOpen(item) ? leave(item, at, item.id === running) : item)), endedAt: at };
}

/**
 * Moves the discussion from one item to another while the meeting runs. With `finish` ("Volgend
 * punt") the item left is done; otherwise it is no longer "bezig" but keeps its time. Before
 * the start and after the end, moving is only looking: nothing is recorded.
 */
export function moveToItem(meeting: Meeting, itemId: string, now: Date, options: { finish: boolean }): Meeting {
  if (meetingPhase(meeting) !== 'running' || !findItem(meeting, itemId)) return meeting;
  return focusOn(meeting, itemId, now.toISOString(), options.finish);
}

/** Marks an item done; were it under discussion, its interval closes. */
export function finishItem(meeting: Meeting, itemId: string, now: Date): Meeting {
  const at = now.toISOString();
  return mapItems(meeting, (item) => (item.id === itemId ? { ...leave(item, at, true), status: 'done' } : item));
}

/** Reopens an item: "bezig" again and, while the meeting runs, under discussion from now. */
export function reopenItem(meeting: Meeting, itemId: string, now: Date): Meeting {
  const reopened = mapItems(meeting, (item) => (item.id === itemId && item.status !== 'in-progress' ? { ...item, status: 'in-progress' } : item));
  return meetingPhase(meeting) === 'running' ? focusOn(reopened, itemId, now.toISOString(), false) : reopened;
}

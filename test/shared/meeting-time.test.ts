import { describe, expect, it } from 'vitest';
import { allItems } from '../../shared/agenda/agenda-edit';
import { meetingTimesLine } from '../../shared/export/meeting-times-line';
import {
  endMeeting,
  finishItem,
  itemSeconds,
  meetingPhase,
  meetingSeconds,
  moveToItem,
  overrunSeconds,
  reopenItem,
  resumeItemId,
  runningItemId,
  startMeeting,
} from '../../shared/agenda/meeting-time';
import { createMeeting } from '../../shared/agenda/new-meeting';
import { parseMeetingFile } from '../../shared/model/meeting-file';
import { MeetingSchema, type Meeting } from '../../shared/model/meeting';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';

// Local wall-clock moments, so the expected "14:00" holds in any time zone.
const at = (hours: number, minutes: number, seconds = 0) => new Date(2023, 1, 23, hours, minutes, seconds);

function meeting(): Meeting {
  return createMeeting({ name: 'PFHO', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] }, DEFAULT_SETTINGS, at(9, 0));
}

const ids = (m: Meeting) => allItems(m).map(({ item }) => item.id);
const item = (m: Meeting, id: string) => allItems(m).find(({ item: i }) => i.id === id)!.item;
const statuses = (m: Meeting) => allItems(m).map(({ item: i }) => i.status);

describe('the meeting clock', () => {
  it('does not run before the secretary starts the meeting', () => {
    const m = meeting();
    expect(meetingPhase(m)).toBe('not-started');
    expect(meetingSeconds(m, at(14, 5))).toBeUndefined();
  });

  it('is wall-clock time since the start, not the sum of the items', () => {
    let m = meeting();
    const [first, second] = ids(m);
    m = startMeeting(m, first!, at(14, 0));
    m = moveToItem(m, second!, at(14, 3), { finish: true });
    m = finishItem(m, second!, at(14, 5));
    // Ten minutes in, though only five were spent on items.
    expect(meetingSeconds(m, at(14, 10))).toBe(600);
    expect(itemSeconds(item(m, first!), at(14, 10)) + itemSeconds(item(m, second!), at(14, 10))).toBe(300);
  });

  it('stops at the end and says when the meeting began and ended', () => {
    let m = meeting();
    m = startMeeting(m, ids(m)[0]!, at(14, 0));
    expect(meetingTimesLine(m)).toBe('aanvang 14:00');
    m = endMeeting(m, at(16, 10));
    expect(meetingPhase(m)).toBe('ended');
    expect(meetingSeconds(m, at(18, 0))).toBe(2 * 3600 + 600);
    expect(meetingTimesLine(m)).toBe('aanvang 14:00, einde 16:10');
    expect(meetingTimesLine(meeting())).toBe('');
  });

  it('resumes a meeting ended by mistake from its first start', () => {
    let m = meeting();
    const [first] = ids(m);
    m = endMeeting(startMeeting(m, first!, at(14, 0)), at(15, 0));
    m = startMeeting(m, first!, at(15, 2));
    expect(meetingPhase(m)).toBe('running');
    expect(meetingSeconds(m, at(15, 30))).toBe(90 * 60);
  });
});

describe('moving through the agenda', () => {
  it('closes the item left as done on "Volgend punt" and opens the next: one item "bezig"', () => {
    let m = meeting();
    const [first, second, third] = ids(m);
    m = startMeeting(m, first!, at(14, 0));
    m = moveToItem(m, second!, at(14, 2), { finish: true });
    m = moveToItem(m, third!, at(14, 7), { finish: true });
    expect(statuses(m).slice(0, 4)).toEqual(['done', 'done', 'in-progress', 'open']);
    expect(statuses(m).filter((s) => s === 'in-progress')).toHaveLength(1);
    expect(itemSeconds(item(m, second!), at(15, 0))).toBe(300);
    expect(runningItemId(m)).toBe(third);
  });

  it('keeps the time of an item left unfinished, which is no longer "bezig"', () => {
    let m = meeting();
    const [first, second] = ids(m);
    m = startMeeting(m, first!, at(14, 0));
    m = moveToItem(m, second!, at(14, 4), { finish: false });
    expect(item(m, first!).status).toBe('open');
    expect(itemSeconds(item(m, first!), at(15, 0))).toBe(240);
    // Back to it: the clock adds up both visits.
    m = moveToItem(m, first!, at(14, 6), { finish: false });
    expect(itemSeconds(item(m, first!), at(14, 7))).toBe(300);
  });

  it('leaves a postponed item postponed and a status the secretary set on another item alone', () => {
    let m = meeting();
    const [first, second, third] = ids(m);
    m = startMeeting(m, first!, at(14, 0));
    m = { ...m, sections: [{ ...m.sections[0]!, items: m.sections[0]!.items.map((i) => (i.id === first ? { ...i, status: 'postponed' as const } : i.id === third ? { ...i, status: 'in-progress' as const } : i)) }] };
    m = moveToItem(m, second!, at(14, 1), { finish: true });
    expect(statuses(m).slice(0, 3)).toEqual(['postponed', 'in-progress', 'in-progress']);
  });

  it('records nothing while the meeting has not started or has ended', () => {
    const m = meeting();
    expect(moveToItem(m, ids(m)[1]!, at(14, 0), { finish: true })).toBe(m);
    const ended = endMeeting(startMeeting(m, ids(m)[0]!, at(14, 0)), at(15, 0));
    expect(moveToItem(ended, ids(m)[1]!, at(15, 5), { finish: true })).toBe(ended);
  });

  it('marks an item done and reopens it, under discussion again from then on', () => {
    let m = meeting();
    const [first] = ids(m);
    m = startMeeting(m, first!, at(14, 0));
    m = finishItem(m, first!, at(14, 3));
    expect(item(m, first!).status).toBe('done');
    expect(runningItemId(m)).toBeUndefined();
    expect(itemSeconds(item(m, first!), at(14, 30))).toBe(180);
    m = reopenItem(m, first!, at(14, 10));
    expect(item(m, first!).status).toBe('in-progress');
    expect(runningItemId(m)).toBe(first);
    expect(itemSeconds(item(m, first!), at(14, 11))).toBe(240);
  });

  it('shows an overrun from the planned time on', () => {
    let m = meeting();
    const [first] = ids(m);
    m = { ...m, sections: [{ ...m.sections[0]!, items: m.sections[0]!.items.map((i) => (i.id === first ? { ...i, plannedMinutes: 5 } : i)) }] };
    m = startMeeting(m, first!, at(14, 0));
    expect(overrunSeconds(item(m, first!), at(14, 4, 59))).toBeUndefined();
    expect(overrunSeconds(item(m, first!), at(14, 5))).toBe(0);
    expect(overrunSeconds(item(m, first!), at(14, 7))).toBe(120);
  });
});

describe('picking up after a reload, a crash or a restart', () => {
  it('reads the same clocks, item in focus and statuses back from the saved file', () => {
    let m = meeting();
    const [first, second, third] = ids(m);
    m = startMeeting(m, first!, at(14, 0));
    m = moveToItem(m, second!, at(14, 2), { finish: true });
    m = moveToItem(m, third!, at(14, 5), { finish: true });
    const read = parseMeetingFile(JSON.stringify(m));
    expect(read.ok).toBe(true);
    const back = (read as { meeting: Meeting }).meeting;
    expect(resumeItemId(back)).toBe(third);
    expect(statuses(back)).toEqual(statuses(m));
    expect(meetingSeconds(back, at(14, 20))).toBe(20 * 60);
    expect(itemSeconds(item(back, third!), at(14, 20))).toBe(15 * 60);
  });

  it('picks up at the item discussed last, or the first one not done', () => {
    let m = meeting();
    const [first, second, third] = ids(m);
    expect(resumeItemId(m)).toBe(first);
    m = startMeeting(m, second!, at(14, 0));
    m = moveToItem(m, third!, at(14, 1), { finish: true });
    m = endMeeting(m, at(14, 9));
    expect(resumeItemId(m)).toBe(third);
  });

  it('reads a version 2 file without times, keeping its booked seconds on the clock', () => {
    const m = meeting();
    const { startedAt: _s, endedAt: _e, ...v2 } = { ...m, schemaVersion: 2 };
    const withSeconds = { ...v2, sections: v2.sections.map((s) => ({ ...s, items: s.items.map((i) => ({ ...i, actualSeconds: 90 })) })) };
    const read = parseMeetingFile(JSON.stringify(withSeconds));
    expect(read.ok).toBe(true);
    const back = (read as { meeting: Meeting }).meeting;
    expect(meetingPhase(back)).toBe('not-started');
    expect(itemSeconds(back.sections[0]!.items[0]!, at(14, 0))).toBe(90);
  });

  it('refuses a start time that is not a timestamp', () => {
    expect(MeetingSchema.safeParse({ ...meeting(), startedAt: '14:00' }).success).toBe(false);
  });
});

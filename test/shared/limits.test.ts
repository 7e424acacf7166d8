import { describe, expect, it } from 'vitest';
import { countWords, generateMeeting } from '../../bench/large-meeting';
import { createMeeting } from '../../shared/agenda/new-meeting';
import { exportResume } from '../../shared/export/export-resume';
import { JSON_DEPTH_MESSAGE, jsonDepthWithin, LIMITS, listDepthOf, measureMeeting, meetingLimitProblems } from '../../shared/model/limits';
import type { Meeting } from '../../shared/model/meeting';
import { parseMeetingFile } from '../../shared/model/meeting-file';
import type { Block } from '../../shared/model/rich-text';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { DEFAULT_HOUSE_STYLE } from '../../shared/model/house-style-defaults';
import { deepListJson, nestedList } from '../support/deep-notes';

function meetingWith(notes: Block[]): Meeting {
  const meeting = createMeeting({ name: 'PFHO', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] }, DEFAULT_SETTINGS, new Date(0));
  meeting.sections[0]!.items[0]!.notes = notes;
  return meeting;
}

/** The largest real meeting the limits must leave room for: 200 items, 100,000 words, lists 9 deep. */
function largestRealMeeting(): Meeting {
  const meeting = generateMeeting({ sections: 10, itemsPerSection: 20, words: 100_000, seed: 16 });
  meeting.sections[0]!.items[1]!.notes.push(nestedList(9, 'Niveau'));
  meeting.attendees = Array.from({ length: 60 }, (_, n) => ({ id: `a${n}`, name: `Wethouder ${n}`, municipality: 'Huizen', portfolios: ['Jeugd'], status: 'present' as const }));
  return meeting;
}

describe('the documented limits', () => {
  it('leave a 200-item meeting with 100,000 words and lists 9 levels deep far inside every one', () => {
    const meeting = largestRealMeeting();
    expect(countWords(meeting)).toBeGreaterThanOrEqual(100_000);
    const { measures, problems } = measureMeeting(meeting);
    expect(problems).toEqual([]);
    expect(measures).toMatchObject({ items: 200, listDepth: 9 });
    // Well inside: at most half of each limit (the text: under a third).
    for (const limit of Object.keys(measures) as (keyof typeof measures)[]) {
      expect(measures[limit], limit).toBeLessThanOrEqual(LIMITS[limit] / 2);
    }
    expect(measures.meetingCharacters).toBeLessThan(LIMITS.meetingCharacters / 2.5);
    expect(parseMeetingFile(JSON.stringify(meeting)).ok).toBe(true);
  });

  it('accept lists nested exactly as deep as the limit, and export them', async () => {
    const meeting = meetingWith([nestedList(LIMITS.listDepth, 'Niveau')]);
    const read = parseMeetingFile(JSON.stringify(meeting));
    expect(read).toMatchObject({ ok: true });
    const file = await exportResume(meeting, DEFAULT_HOUSE_STYLE, { public: false });
    expect(file.bytes.length).toBeGreaterThan(0);
  });

  it('refuse lists one level deeper than the limit, saying where and why', () => {
    const read = parseMeetingFile(JSON.stringify(meetingWith([nestedList(LIMITS.listDepth + 1, 'Niveau')])));
    expect(read).toEqual({
      ok: false,
      kind: 'schema',
      problems: [`sections.0.items.0.notes: lists are nested more than ${LIMITS.listDepth} levels deep; at most ${LIMITS.listDepth} are allowed`],
    });
  });

  it('refuse 25, 450 and 100,000 levels of nesting with a clear message instead of overflowing the stack', () => {
    const text = JSON.stringify(meetingWith([]));
    const at = text.indexOf('"notes":[]') + '"notes":['.length;
    const read = (depth: number) => parseMeetingFile(`${text.slice(0, at)}${deepListJson(depth)}${text.slice(at)}`);
    expect(read(25)).toMatchObject({ ok: false, problems: [expect.stringContaining(`lists are nested more than ${LIMITS.listDepth} levels deep`)] });
    // Deeper still, the text is refused before it is parsed.
    for (const depth of [450, 100_000]) {
      expect(read(depth)).toEqual({ ok: false, kind: 'schema', problems: [JSON_DEPTH_MESSAGE] });
    }
  });

  it('find the nesting of JSON text without being misled by brackets inside strings', () => {
    expect(jsonDepthWithin('[[["]]]]]]"]]]', 3)).toBe(true);
    expect(jsonDepthWithin('[[[["\\"]]]]', 3)).toBe(false);
    expect(jsonDepthWithin('{"a":"\\"}', 1)).toBe(true);
    expect(jsonDepthWithin('{"a":"\\\"{{"}', 1)).toBe(true);
    expect(jsonDepthWithin('{"a":{"b":{}}}', 2)).toBe(false);
  });

  it('measure depth without walking past the first level that is too deep', () => {
    expect(listDepthOf(JSON.parse(`[${deepListJson(5)}]`))).toBe(5);
    expect(listDepthOf(JSON.parse(`[${deepListJson(1000)}]`))).toBe(LIMITS.listDepth + 1);
    expect(listDepthOf('no notes at all')).toBe(0);
    expect(listDepthOf([{ type: 'list', items: [null, 3, { content: 'x' }] }])).toBe(1);
  });

  it('refuse a paragraph longer than the limit, naming the block', () => {
    const long = 'a'.repeat(LIMITS.blockCharacters - 10);
    const meeting = meetingWith([{ id: 'p1', type: 'paragraph', content: [{ text: long }, { text: 'b'.repeat(11), bold: true }] }]);
    expect(meetingLimitProblems(meeting)).toEqual([
      { limit: 'blockCharacters', message: `sections.0.items.0.notes.0: ${LIMITS.blockCharacters + 1} characters; at most ${LIMITS.blockCharacters} are allowed in one text` },
    ]);
    const read = parseMeetingFile(JSON.stringify(meeting));
    expect(!read.ok && read.problems).toEqual([expect.stringMatching(/^sections\.0\.items\.0\.notes\.0: 100001 characters/)]);
  });

  it('refuse any other text field longer than the limit, naming the field', () => {
    const meeting = meetingWith([]);
    meeting.sections[0]!.items[2]!.decision = 'x'.repeat(LIMITS.blockCharacters + 1);
    expect(meetingLimitProblems(meeting).map((problem) => problem.message)).toEqual([expect.stringMatching(/^sections\.0\.items\.2\.decision: 100001 characters/)]);
  });

  it('refuse a meeting whose text together passes the meeting limit, though every block is within its own', () => {
    const paragraph = (n: number): Block => ({ id: `p${n}`, type: 'paragraph', content: [{ text: 'w'.repeat(LIMITS.blockCharacters) }] });
    const meeting = meetingWith(Array.from({ length: LIMITS.meetingCharacters / LIMITS.blockCharacters + 1 }, (_, n) => paragraph(n)));
    const problems = meetingLimitProblems(meeting);
    expect(problems).toEqual([expect.objectContaining({ limit: 'meetingCharacters' })]);
    expect(problems[0]!.message).toMatch(/^characters of text in the meeting: \d+; at most 3000000 are allowed$/);
  });

  it('refuse more domain tables, agenda items, attendees or blocks than allowed', () => {
    const base = meetingWith([]);
    const section = base.sections[0]!;
    const item = section.items[0]!;
    const tooMany = (limit: number) => limit + 1;
    const cases: [keyof typeof LIMITS, Meeting][] = [
      ['sections', { ...base, sections: Array.from({ length: tooMany(LIMITS.sections) }, (_, n) => ({ ...section, id: `s${n}`, items: [] })) }],
      ['items', { ...base, sections: [{ ...section, items: Array.from({ length: tooMany(LIMITS.items) }, (_, n) => ({ ...item, id: `i${n}` })) }] }],
      ['attendees', { ...base, attendees: Array.from({ length: tooMany(LIMITS.attendees) }, (_, n) => ({ id: `a${n}`, name: 'Gast', municipality: '', portfolios: [], status: 'guest' as const })) }],
      ['meetingBlocks', meetingWith(Array.from({ length: tooMany(LIMITS.meetingBlocks) }, (_, n) => ({ id: `p${n}`, type: 'paragraph' as const, content: [] })))],
    ];
    for (const [limit, meeting] of cases) {
      expect(meetingLimitProblems(meeting).map((problem) => problem.limit), limit).toEqual([limit]);
    }
  });
});

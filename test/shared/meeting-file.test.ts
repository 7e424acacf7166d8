import { describe, expect, it } from 'vitest';
import { createMeeting } from '../../shared/agenda/new-meeting';
import { parseMeetingFile } from '../../shared/model/meeting-file';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';

const meeting = createMeeting({ name: 'PFHO', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] }, DEFAULT_SETTINGS, new Date(0));

describe('reading a meeting file', () => {
  it('accepts a valid meeting and fills defaults of optional fields', () => {
    const { attendees: _dropped, ...withoutAttendees } = meeting;
    const result = parseMeetingFile(JSON.stringify(withoutAttendees));
    expect(result).toMatchObject({ ok: true, meeting: { ...meeting, attendees: [] } });
  });

  it('reports a syntax error with its line and column', () => {
    const result = parseMeetingFile('{\n  "id": "x",\n  ,\n}');
    expect(result).toMatchObject({ ok: false, kind: 'syntax' });
    expect(!result.ok && result.problems[0]).toMatch(/line 3, column 3/);
  });

  it('reports each schema problem as path and reason', () => {
    const result = parseMeetingFile(JSON.stringify({ ...meeting, date: 'gisteren', sections: [{ title: 1 }] }));
    expect(result.ok).toBe(false);
    const problems = !result.ok ? result.problems.join('\n') : '';
    expect(problems).toMatch(/^date: /m);
    expect(problems).toMatch(/^sections\.0\.id: /m);
  });

  it('refuses a file written by a newer Notulist instead of misreading it', () => {
    const result = parseMeetingFile(JSON.stringify({ ...meeting, schemaVersion: 99 }));
    expect(result).toMatchObject({ ok: false, kind: 'newer-version' });
  });

  it('says so when the file holds something other than a meeting object', () => {
    expect(parseMeetingFile('[1,2,3]')).toMatchObject({ ok: false, kind: 'schema' });
    expect(parseMeetingFile('')).toMatchObject({ ok: false, kind: 'syntax' });
  });
});

describe('migrating older meeting files', () => {
  it('reads a version 1 file as version 2, giving every new item field its default', () => {
    const v1 = {
      ...meeting,
      schemaVersion: 1,
      sections: meeting.sections.map(({ confidential: _c, ...section }) => ({
        ...section,
        items: section.items.map(({ id, kind, title, notes }) => ({ id, kind, title, notes })),
      })),
    };
    const result = parseMeetingFile(JSON.stringify(v1));
    expect(result).toEqual({ ok: true, meeting });
  });
});

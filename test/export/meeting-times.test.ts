import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportOptionsFrom } from '../../shared/export/export-resume';
import { renderResumeDocx } from '../../shared/export/resume-docx';
import { DEFAULT_SETTINGS, StoredSettingsSchema } from '../../shared/model/settings';
import { DEFAULT_HOUSE_STYLE } from '../../shared/model/house-style-defaults';
import { item, meeting, section } from './meeting-fixtures';

const documentXml = async (bytes: Uint8Array) => (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');

// Local wall-clock moments, so "14:00" holds in any time zone.
const timed = () =>
  meeting({
    sections: [section('Jeugd en Onderwijs', item('Punt'))],
    startedAt: new Date(2023, 1, 23, 14, 0).toISOString(),
    endedAt: new Date(2023, 1, 23, 16, 10).toISOString(),
  });

describe('the meeting’s start and end in the resumé', () => {
  it('follow the date when the house style asks for them', async () => {
    const xml = await documentXml(await renderResumeDocx(timed(), exportOptionsFrom({ ...DEFAULT_HOUSE_STYLE, showMeetingTimes: true }, false)));
    expect(xml).toMatch(/23 februari 2023, aanvang 14:00, einde 16:10</);
  });

  it('are left out by default, and for a meeting never started', async () => {
    expect(await documentXml(await renderResumeDocx(timed(), exportOptionsFrom(DEFAULT_HOUSE_STYLE, false)))).not.toContain('aanvang');
    const untimed = meeting({ sections: [section('Jeugd en Onderwijs', item('Punt'))] });
    expect(await documentXml(await renderResumeDocx(untimed, exportOptionsFrom({ ...DEFAULT_HOUSE_STYLE, showMeetingTimes: true }, false)))).not.toContain('aanvang');
  });

  it('stay off for a workspace whose settings were saved before the setting existed', () => {
    const { showMeetingTimes: _left, ...older } = DEFAULT_HOUSE_STYLE;
    expect(StoredSettingsSchema.parse({ ...DEFAULT_SETTINGS, houseStyle: older }).houseStyle.showMeetingTimes).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { exportOptionsFrom } from '../../shared/export/export-resume';
import { describeAttendee, generalRows } from '../../shared/export/general-table';
import { renderResumeDocx } from '../../shared/export/resume-docx';
import { RESUME_LABELS } from '../../shared/export/resume-labels';
import { DEFAULT_HOUSE_STYLE } from '../../shared/model/house-style-defaults';
import { readDocx } from './docx-package';
import { meeting, person } from './meeting-fixtures';

const spaced = (text: string) => text.replace(/\u00a0/g, ' ');
const context = { labels: RESUME_LABELS, numbers: new Map([['i5', 5], ['i7', 7]]) };

describe('the Algemeen table as the region fills it', () => {
  it('writes an attendee as "Joke Lanphen (Blaricum)", with portfolios where known', () => {
    expect(spaced(describeAttendee(person('Joke Lanphen', 'present', 'Blaricum'), context))).toBe('Joke Lanphen (Blaricum)');
    expect(spaced(describeAttendee(person('Karin van Hunnik', 'present', 'Hilversum', ['Onderwijs']), context))).toBe('Karin van Hunnik (Hilversum, Onderwijs)');
  });

  it('keeps a name and a municipality on one line with no-break spaces, and only there', () => {
    const text = describeAttendee(person('Barbara Boudewijnse', 'present', 'Gooise Meren', ['Werk & Participatie']), context);
    expect(text).toBe('Barbara\u00a0Boudewijnse (Gooise\u00a0Meren, Werk & Participatie)');
  });

  it('marks a guest, names a capacity, and an attendee recorded by role', () => {
    expect(spaced(describeAttendee(person('Marcel Moes', 'guest'), context))).toBe('Marcel Moes (gast)');
    expect(spaced(describeAttendee({ ...person('een raadslid uit Blaricum', 'present'), capacity: 'toehoorder' }, context))).toBe('een raadslid uit Blaricum (toehoorder)');
  });

  it('says from and until which agenda item someone was there', () => {
    const late = { ...person('Joke Lanphen', 'present', 'Blaricum'), fromItemId: 'i5', untilItemId: 'i7' };
    expect(spaced(describeAttendee(late, context))).toBe('Joke Lanphen (Blaricum) (vanaf agendapunt 5) (tot agendapunt 7)');
    // An item that is no longer on the agenda has no number to point at.
    expect(spaced(describeAttendee({ ...late, fromItemId: 'gone', untilItemId: undefined }, context))).toBe('Joke Lanphen (Blaricum)');
  });

  it('leaves rows with nothing to say out when the house style says so, and keeps them otherwise', () => {
    const m = meeting({ attendees: [person('Joke Lanphen', 'present')], reference: '', contactEmail: '' });
    const labels = (omit: boolean) => generalRows(m, RESUME_LABELS, new Map(), omit).map(([label]) => label);
    expect(labels(false)).toEqual(['Aanwezig', 'Afwezig', 'Contactpersoon', 'E-mail', 'Vertrouwelijk', 'Kenmerk']);
    expect(labels(true)).toEqual(['Aanwezig', 'Contactpersoon', 'Vertrouwelijk']);
  });

  it('takes every label, "Algemeen" and "Omschrijving" included, from the house style', async () => {
    const houseStyle = {
      ...DEFAULT_HOUSE_STYLE,
      omitEmptyRows: true,
      tableLabels: { ...DEFAULT_HOUSE_STYLE.tableLabels, general: 'Gegevens', description: 'Toelichting', present: 'Aanwezigen', guest: 'te gast' },
    };
    const m = meeting({ attendees: [person('Marcel Moes', 'guest')], sections: [{ id: 's', title: 'Werk', chair: '', confidential: false, items: [] }] });
    const rows = (await readDocx(await renderResumeDocx(m, exportOptionsFrom(houseStyle, false)))).tables[0]!;
    expect(rows[0]).toEqual(['Gegevens', 'Toelichting']);
    expect(rows.map((row) => spaced(row[0]!))).not.toContain('Afwezig');
    expect(spaced(rows[1]![1]!)).toBe('Marcel Moes (te gast)');
  });
});

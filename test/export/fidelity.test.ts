import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportResume } from '../../shared/export/export-resume';
import { parseMeetingFile } from '../../shared/model/meeting-file';
import { notesPlainText } from '../../shared/model/rich-text';
import { DEFAULT_HOUSE_STYLE } from '../../shared/model/house-style-defaults';
import { HAS_PANDOC, NO_SOFFICE, pandoc, SOFFICE, sofficeConvert } from './external-tools';
import { comparableWords, similarity } from './word-similarity';

const ROOT = resolve(import.meta.dirname, '..', '..');

async function realMeeting() {
  const parsed = parseMeetingFile(await readFile(join(ROOT, 'test', 'fixtures', 'resume-2023-02-23.meeting.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.meeting;
}

async function realResume() {
  return exportResume(await realMeeting(), DEFAULT_HOUSE_STYLE, { public: false });
}

/** Outside CI a missing reader skips the check (reported as skipped); under CI it fails it. */
function requireReader(ctx: { skip: (condition: boolean, note: string) => void }, available: boolean, why: string) {
  if (available) return;
  expect(process.env.CI, `${why} (required under CI)`).not.toBe('true');
  ctx.skip(true, why);
}

describe('the real resumé of 23 February 2023, entered and exported', () => {
  it('reads back with pandoc as the words of the original, at least 97 % alike', async (ctx) => {
    requireReader(ctx, HAS_PANDOC, 'pandoc is not on PATH; install it to run the fidelity check');
    const original = comparableWords(await readFile(join(ROOT, 'test', 'fixtures', 'resume-2023-02-23.txt'), 'utf8'));
    const exported = comparableWords(await pandoc((await realResume()).bytes, 'plain'));
    const ratio = similarity(original, exported);
    console.log(`fidelity: ${original.length} words in the original, ${exported.length} exported, similarity ${ratio.toFixed(4)}`);
    expect(ratio).toBeGreaterThanOrEqual(0.97);
  });

  it('holds its proposals and decision in the structured fields, not in the notes', async () => {
    const items = (await realMeeting()).sections.flatMap((section) => section.items);
    const dagbesteding = items.find((item) => item.title === 'Aanpak borging continuïteit dagbesteding')!;
    expect(dagbesteding.proposals.map((proposal) => proposal.text.slice(0, 30))).toEqual([
      'Opdracht geven aan de Regio om',
      'Opdracht geven aan de Regio om',
      'Besluiten om het regionaal ben',
      'Besluiten om tenminste de geno',
    ]);
    expect(dagbesteding.decision).toMatch(/^Het PFHO stelt voorstel 1 en 2 vast\. Voor voorstel 3 /);
    const noteLines = items.flatMap((item) => notesPlainText(item.notes).split('\n'));
    expect(noteLines.filter((line) => /^Voorstel \d\./.test(line) || line.startsWith('Het PFHO stelt voorstel'))).toEqual([]);
  });

  it('compares by words, so a different text scores far below the bar', () => {
    expect(similarity(comparableWords('het resumé wordt vastgesteld'), comparableWords('de agenda wordt gewijzigd'))).toBeLessThan(0.5);
    expect(similarity(comparableWords('regio-\nindeling, o punt'), comparableWords('Regio-indeling punt'))).toBe(1);
  });

  it('converts to PDF with LibreOffice headless (required under CI)', async (ctx) => {
    requireReader(ctx, Boolean(SOFFICE), NO_SOFFICE);
    const pdf = await sofficeConvert((await realResume()).bytes, 'pdf');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
  }, 120_000);
});

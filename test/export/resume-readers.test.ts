import { describe, expect, it } from 'vitest';
import { renderResumeDocx } from '../../shared/export/resume-docx';
import { RESUME_LABELS } from '../../shared/export/resume-labels';
import type { Meeting } from '../../shared/model/meeting';
import type { Block } from '../../shared/model/rich-text';
import { HAS_PANDOC, NO_SOFFICE, SOFFICE, pandoc, sofficeConvert } from './external-tools';
import { EXPECTED_LABELS, restartFixture, sampleMeeting } from './resume-fixtures';

/**
 * Every word a secretary typed (and every label the document shows), as pandoc's plain
 * text splits them. Inline parts are split on their own: pandoc writes a superscript as
 * `18^(e)`, so "18e" is two words there.
 */
function typedWords(meeting: Meeting): string[] {
  const inlineTexts = (blocks: readonly Block[]): string[] =>
    blocks.flatMap((block) => (block.type === 'list' ? block.items.flatMap((entry) => inlineTexts(entry.content)) : block.content.map((part) => part.text)));
  // pandoc reads neither the file's properties nor page headers and footers; the words of
  // proposals, decisions, actions and attendance show only when recorded (resume-round-trip.test.ts),
  // the meeting's times only when the house style shows them (meeting-times.test.ts).
  const { yes, no, documentKind: _inPropertiesOnly, footer: _inFooter, confidentialMarking: _inHeader, started: _s, ended: _e, ...allLabels } = RESUME_LABELS;
  const { guest: _g, fromItem: _f, untilItem: _u, proposal: _p, decisionSubject: _d, action: _a, due: _due, done: _done, ...rest } = allLabels;
  const { actionList: _l, actionItem: _i, actionWhat: _w, actionWho: _who, actionDue: _ad, ...shown } = rest;
  const { chair: _chair, portfolioHolder: _ph, portfolioHolders: _phs, documents: _docs, ...labels } = shown;
  const texts = [
    meeting.name,
    meeting.contactPerson,
    meeting.contactEmail,
    meeting.reference,
    meeting.confidential ? yes : no,
    ...Object.values(labels),
    ...meeting.attendees.flatMap((a) => [a.name, a.municipality, ...a.portfolios]),
    ...meeting.sections.flatMap((s) => [s.title.toLocaleUpperCase('nl-NL'), ...s.items.flatMap((i) => [i.title, ...inlineTexts(i.notes)])]),
  ];
  return [...new Set(texts.flatMap((text) => text.match(/[\p{L}\p{N}]+/gu) ?? []))];
}

describe.skipIf(!HAS_PANDOC)('the resumé DOCX read back by pandoc', () => {
  it('gives back every typed word', async () => {
    for (const fixture of [sampleMeeting(), restartFixture()]) {
      const text = await pandoc(await renderResumeDocx(fixture), 'plain');
      const found = new Set(text.match(/[\p{L}\p{N}]+/gu));
      expect(typedWords(fixture).filter((word) => !found.has(word))).toEqual([]);
    }
  });

  it('sees the title, the headings, the formatting and the links', async () => {
    const markdown = await pandoc(await renderResumeDocx(sampleMeeting()), 'markdown');
    expect(markdown).toMatch(/^title: RESUMÉ$/m);
    expect(markdown).toMatch(/^# GEZONDHEID EN ONDERSTEUNING$/m);
    expect(markdown).toMatch(/^## Agenda en mededelingen$/m);
    expect(markdown).toMatch(/^### Mededelingen$/m);
    expect(markdown).toContain('Het **PFHO** neemt *kennis* van het 18^e^ rapport.');
    expect(markdown).toContain('[de regio](https://www.regiogv.nl/?a=1&b=2)');
    expect(markdown).toContain('[de secretaris](mailto:m.stitzinger@regiogv.nl)');
  });

  it('sees lists as lists: numbered, lettered, bulleted and nested, each starting again', async () => {
    const markdown = await pandoc(await renderResumeDocx(restartFixture()), 'markdown');
    const item = (indent: number, marker: string, text: string) =>
      new RegExp(`^ {${indent}}${marker.replace(/[.]/g, '\\.')}\\s+${text.replace(/[.]/g, '\\.')}$`, 'm');
    expect(markdown).toMatch(item(0, '1.', 'A1'));
    expect(markdown).toMatch(item(0, '3.', 'A3'));
    expect(markdown).toMatch(item(0, '1.', 'B1'));
    expect(markdown).toMatch(item(0, 'a.', 'C1'));
    expect(markdown).toMatch(item(0, 'a.', 'D1'));
    expect(markdown).toMatch(item(4, 'a.', 'E1a'));
    expect(markdown).toMatch(item(4, 'a.', 'E2a'));
    expect(markdown).toMatch(item(4, '1.', 'F2.1'));
    expect(markdown).toMatch(item(8, 'a.', 'F2.1a'));
    expect(markdown).toMatch(item(0, '-', 'H1'));
    expect(markdown).toMatch(item(4, '1.', 'H2.1'));
  });
});

describe('the resumé DOCX opened by LibreOffice', () => {
  it('converts to PDF headless', { timeout: 180_000 }, async (ctx) => {
    ctx.skip(!SOFFICE, NO_SOFFICE);
    const pdf = await sofficeConvert(await renderResumeDocx(sampleMeeting()), 'pdf');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);
  });

  it('draws every list from 1 (or a) again, at every level', { timeout: 180_000 }, async (ctx) => {
    ctx.skip(!SOFFICE, NO_SOFFICE);
    const text = (await sofficeConvert(await renderResumeDocx(restartFixture()), 'txt:Text (encoded):UTF8')).toString('utf8');
    const lines = new Set(text.split(/\r?\n/).map((line) => line.trim()));
    // LibreOffice's text export writes its own bullet glyphs; numbers and letters are the document's.
    const numbered = Object.entries(EXPECTED_LABELS).filter(([, label]) => label !== '-');
    expect(numbered.filter(([itemText, label]) => !lines.has(`${label} ${itemText}`))).toEqual([]);
  });
});

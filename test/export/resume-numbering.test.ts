import { describe, expect, it } from 'vitest';
import { renderResumeDocx } from '../../shared/export/resume-docx';
import { readDocx, type DocxNumbering, type DocxPackage, type DocxParagraph } from './docx-package';
import { item, list, meeting, para, section } from './meeting-fixtures';
import { EXPECTED_LABELS, restartFixture } from './resume-fixtures';
import { wordListLabels } from './word-list-labels';

/**
 * Every list in the resumé must count from 1 (or a) again, at every nesting level. Checked
 * three ways: the numbers Word would draw (worked out from numbering.xml by wordListLabels,
 * which itself is shown below to catch the docx#2877 trap), the structure that guarantees
 * it (one w:num and one abstract definition per list, start 1 everywhere), and, in
 * resume-readers.test.ts, the numbers pandoc and LibreOffice actually produce.
 */

/** The fixture's lists (nested ones are lists of their own), their items and number format. */
const LISTS: Record<string, { numFmt: string; items: string[] }> = {
  A: { numFmt: 'decimal', items: ['A1', 'A2', 'A3'] },
  B: { numFmt: 'decimal', items: ['B1', 'B2'] },
  C: { numFmt: 'lowerLetter', items: ['C1', 'C2'] },
  D: { numFmt: 'lowerLetter', items: ['D1', 'D2'] },
  E: { numFmt: 'decimal', items: ['E1', 'E2'] },
  'E1.': { numFmt: 'lowerLetter', items: ['E1a', 'E1b', 'E1c'] },
  'E2.': { numFmt: 'lowerLetter', items: ['E2a', 'E2b'] },
  F: { numFmt: 'decimal', items: ['F1', 'F2'] },
  'F1.': { numFmt: 'decimal', items: ['F1.1', 'F1.2'] },
  'F1.1.': { numFmt: 'lowerLetter', items: ['F1.1a', 'F1.1b'] },
  'F2.': { numFmt: 'decimal', items: ['F2.1', 'F2.2'] },
  'F2.1.': { numFmt: 'lowerLetter', items: ['F2.1a', 'F2.1b'] },
  G: { numFmt: 'decimal', items: ['G1', 'G2'] },
  H: { numFmt: 'bullet', items: ['H1', 'H2'] },
  'H1.': { numFmt: 'decimal', items: ['H1.1', 'H1.2'] },
  'H2.': { numFmt: 'decimal', items: ['H2.1'] },
};

/** The list paragraphs of the document by their text; fails on an item that is missing. */
function listParagraphsByText(docx: DocxPackage): Map<string, DocxParagraph> {
  const byText = new Map(docx.paragraphs.filter((p) => p.numId !== undefined).map((p) => [p.text, p]));
  for (const text of Object.values(LISTS).flatMap((l) => l.items)) expect(byText.has(text), `list item ${text}`).toBe(true);
  return byText;
}

describe('list numbering in the resumé DOCX', () => {
  it('numbers every list from 1 (or a) again, at every level, as Word counts', async () => {
    const docx = await readDocx(await renderResumeDocx(restartFixture()));
    const labels = wordListLabels(docx.paragraphs, docx.numbering);
    const drawn = Object.fromEntries(
      docx.paragraphs.flatMap((p, index) => (labels[index] === undefined ? [] : [[p.text, labels[index]]])),
    );
    expect(drawn).toEqual(EXPECTED_LABELS);
  });

  it('puts nested lists one level deeper than the list they stand in', async () => {
    const docx = await readDocx(await renderResumeDocx(restartFixture()));
    const level = Object.fromEntries([...listParagraphsByText(docx)].map(([text, p]) => [text, p.ilvl]));
    expect(level).toMatchObject({ A1: 0, E1: 0, E1a: 1, F1: 0, 'F1.1': 1, 'F1.1a': 2, 'F2.1b': 2, H1: 0, 'H2.1': 1 });
  });

  it('gives each list its own w:num and its own abstract definition, shared by no other list', async () => {
    const docx = await readDocx(await renderResumeDocx(restartFixture()));
    const byText = listParagraphsByText(docx);
    const numIdOf = (name: string) => {
      const numIds = new Set(LISTS[name]!.items.map((text) => byText.get(text)!.numId!));
      expect(numIds.size, `the items of list ${name} share one w:num`).toBe(1);
      return [...numIds][0]!;
    };
    const numIds = Object.keys(LISTS).map(numIdOf);
    expect(new Set(numIds).size, 'no two lists share a w:num').toBe(numIds.length);
    const abstractIds = numIds.map((id) => docx.numbering.nums.get(id)!.abstractNumId);
    expect(new Set(abstractIds).size, 'no two lists share an abstract definition').toBe(abstractIds.length);
  });

  it('starts every level of every list at 1 twice over: in the abstract definition and as a w:startOverride', async () => {
    const docx = await readDocx(await renderResumeDocx(restartFixture()));
    const byText = listParagraphsByText(docx);
    for (const [name, { numFmt, items }] of Object.entries(LISTS)) {
      const first = byText.get(items[0]!)!;
      const num = docx.numbering.nums.get(first.numId!)!;
      expect([...num.startOverrides.entries()], `w:num of list ${name}`).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8].map((level) => [level, 1]));
      const level = docx.numbering.abstracts.get(num.abstractNumId)!.get(first.ilvl!)!;
      expect(level, `level ${first.ilvl} of list ${name}`).toMatchObject({ start: 1, numFmt });
    }
  });

  it('draws bullets as "-" at the top level and "o" one level down, as the house style does', async () => {
    const docx = await readDocx(await renderResumeDocx(meeting({ sections: [section('S', item('I', list('bullet', [para('x'), list('bullet', 'y')])))] })));
    expect(wordListLabels(docx.paragraphs, docx.numbering).filter(Boolean)).toEqual(['-', 'o']);
  });

  it('writes no numbering definition for a list without items', async () => {
    const docx = await readDocx(await renderResumeDocx(meeting({ sections: [section('S', item('I', list('numbered'), list('lettered', 'a')))] })));
    expect(docx.numbering.abstracts.size).toBe(2); // docx's own default bullet list and the one real list
  });
});

describe('the Word numbering check itself', () => {
  // Without these, a checker that always answered "1." would pass the tests above.
  const abstract = new Map([['1', new Map([[0, { start: 1, numFmt: 'decimal', lvlText: '%1.' }], [1, { start: 1, numFmt: 'lowerLetter', lvlText: '%2.' }]])]]);
  const numberingWith = (overrides: [number, number][]): DocxNumbering => ({
    abstracts: abstract,
    nums: new Map(['5', '6'].map((id) => [id, { abstractNumId: '1', startOverrides: new Map(overrides) }])),
  });
  const at = (numId: string, ilvl: number): DocxParagraph => ({ numId, ilvl, inTable: false, text: '', runs: [] });

  it('sees a second w:num without overrides count on from the first', () => {
    expect(wordListLabels([at('5', 0), at('5', 0), at('6', 0)], numberingWith([]))).toEqual(['1.', '2.', '3.']);
  });

  it('sees a nested list keep counting when only level 0 is overridden (docx#2877)', () => {
    expect(wordListLabels([at('5', 1), at('5', 1), at('5', 1), at('6', 1), at('6', 1)], numberingWith([[0, 1]]))).toEqual(['a.', 'b.', 'c.', 'd.', 'e.']);
  });

  it('sees a nested list start again when its level is overridden too', () => {
    expect(wordListLabels([at('5', 1), at('5', 1), at('6', 1)], numberingWith([[0, 1], [1, 1]]))).toEqual(['a.', 'b.', 'a.']);
  });

  it('restarts a nested level after an item of the level above', () => {
    expect(wordListLabels([at('5', 0), at('5', 1), at('5', 1), at('5', 0), at('5', 1)], numberingWith([]))).toEqual(['1.', 'a.', 'b.', '2.', 'a.']);
  });
});

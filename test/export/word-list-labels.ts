import type { DocxNumbering, DocxParagraph } from './docx-package';

/**
 * The number Word draws before each list paragraph, worked out from numbering.xml the way
 * Word counts, so a test can assert "this list starts at 1." rather than trusting ids:
 *
 * - a level that a w:num overrides with w:startOverride is that w:num's own counter, starting
 *   at the override;
 * - a level it does not override is counted on the abstract definition, shared with every
 *   other w:num of that definition: the trap behind dolanmiu/docx#2877, where w:num's that
 *   override level 0 only make nested lists count on 4. 5. 6.;
 * - a paragraph at level L restarts every deeper level (w:lvlRestart's default).
 */
export function wordListLabels(paragraphs: readonly DocxParagraph[], numbering: DocxNumbering): (string | undefined)[] {
  const counters = new Map<string, number>();
  return paragraphs.map((paragraph) => {
    if (paragraph.numId === undefined || paragraph.numId === '0') return undefined;
    const numId = paragraph.numId;
    const num = numbering.nums.get(numId);
    if (!num) throw new Error(`numId ${numId} has no w:num`);
    const levels = numbering.abstracts.get(num.abstractNumId);
    if (!levels) throw new Error(`w:num ${numId} points at missing abstractNum ${num.abstractNumId}`);
    const counterOf = (l: number) => (num.startOverrides.has(l) ? `num ${numId} level ${l}` : `abstract ${num.abstractNumId} level ${l}`);
    const startOf = (l: number) => num.startOverrides.get(l) ?? levels.get(l)?.start ?? 0;
    const valueOf = (l: number) => counters.get(counterOf(l)) ?? startOf(l);

    const level = paragraph.ilvl ?? 0;
    const current = counters.get(counterOf(level));
    counters.set(counterOf(level), current === undefined ? startOf(level) : current + 1);
    for (let deeper = level + 1; deeper <= 8; deeper += 1) counters.delete(counterOf(deeper));

    const definition = levels.get(level);
    if (!definition?.lvlText) throw new Error(`abstractNum ${num.abstractNumId} has no level ${level}`);
    return definition.lvlText.replace(/%([1-9])/g, (_, k: string) => formatCounter(valueOf(Number(k) - 1), levels.get(Number(k) - 1)?.numFmt));
  });
}

function formatCounter(value: number, numFmt: string | undefined): string {
  switch (numFmt) {
    case 'lowerLetter':
    case 'upperLetter': {
      // Word: a … z, then aa … zz, then aaa …
      const letter = String.fromCharCode(97 + ((value - 1) % 26)).repeat(Math.floor((value - 1) / 26) + 1);
      return numFmt === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'decimal':
      return String(value);
    default:
      throw new Error(`unexpected number format ${numFmt}`);
  }
}

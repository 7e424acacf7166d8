import { AlignmentType, LevelFormat, type ILevelsOptions, type NumberingDefinition } from 'docx';
import type { ListStyle } from '../model/rich-text';
import type { ResumeStyle } from './resume-style';

/** Word lists have nine levels, 0–8; deeper nesting is drawn at the deepest one. */
export const MAX_LIST_LEVEL = 8;

/**
 * Word numbering for the resumé's lists, where every list starts again at 1 (or a, or its
 * first bullet) at every level.
 *
 * Why one definition per list: Word numbers paragraphs by their w:num, and a w:num that shares
 * its w:abstractNum with an earlier one continues that one's count unless it overrides the
 * start of each level. docx's `instance` only gives a new w:num; whether it restarts depends on
 * which levels get a w:lvlOverride/w:startOverride (dolanmiu/docx#2877: older versions wrote
 * one for level 0 only, so a nested list kept counting, 4. 5. 6.), and LibreOffice has long
 * been less reliable than Word at honouring overrides on shared abstract definitions.
 *
 * So every list block (nested ones too) gets its own reference, which docx turns into its
 * own w:abstractNum *and* its own w:num; and the definition spells out all nine levels with
 * start 1, so that w:num also carries a w:startOverride of 1 for every level. Either
 * mechanism alone restarts the list; together no reader has a way to continue the count.
 * A few hundred bytes of numbering.xml per list is a fair price.
 */
export class ListNumbering {
  private readonly definitions: NumberingDefinition[] = [];

  constructor(private readonly style: ResumeStyle) {}

  /** Registers a new list of the given style; returns the reference its paragraphs use. */
  startList(listStyle: ListStyle): string {
    const reference = `resume-list-${this.definitions.length + 1}`;
    this.definitions.push({ reference, levels: this.levels(listStyle) });
    return reference;
  }

  /** The definitions registered so far, for the document's `numbering.config`. */
  get config(): readonly NumberingDefinition[] {
    return this.definitions;
  }

  /** Left indent of a level's text, for paragraphs that continue a list item under its number. */
  textIndent(level: number): number {
    return this.style.listIndentStep * (Math.min(level, MAX_LIST_LEVEL) + 1);
  }

  private levels(listStyle: ListStyle): ILevelsOptions[] {
    const levels: ILevelsOptions[] = [];
    for (let level = 0; level <= MAX_LIST_LEVEL; level += 1) {
      levels.push({
        level,
        ...this.marker(listStyle, level),
        // Explicit, although 1 is docx's default: the restart must not hinge on a default.
        start: 1,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: this.textIndent(level), hanging: this.style.listHanging } } },
      });
    }
    return levels;
  }

  /** The number format and its text; `%N` is the counter of level N-1, so `%2.` reads "1." at level 1. */
  private marker(listStyle: ListStyle, level: number): Pick<ILevelsOptions, 'format' | 'text'> {
    switch (listStyle) {
      case 'numbered':
        return { format: LevelFormat.DECIMAL, text: `%${level + 1}.` };
      case 'lettered':
        return { format: LevelFormat.LOWER_LETTER, text: `%${level + 1}.` };
      case 'bullet': {
        const glyphs = this.style.bulletGlyphs.length > 0 ? this.style.bulletGlyphs : ['-'];
        return { format: LevelFormat.BULLET, text: glyphs[level % glyphs.length]! };
      }
    }
  }
}

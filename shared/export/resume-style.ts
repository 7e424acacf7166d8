import type { IStylesOptions } from 'docx';
import type { HouseStyle } from '../model/house-style';
import { DEFAULT_HOUSE_STYLE } from '../model/house-style-defaults';

/**
 * The look of the exported resumé, as data: Word's built-in styles (Title, Heading 1–4, List
 * Paragraph) with sober sizes, so the navigation pane, pandoc and screen readers see the
 * structure. What the organisation may set comes from its house style (houseStyleLook); the
 * rest is fixed here.
 */
export interface ResumeStyle {
  /** Language tag Word uses for proofing and hyphenation; the resumé is Dutch. */
  language: string;
  /**
   * Font of all text. Without one Word falls back to Times New Roman; Arial is on every
   * Windows and Mac, and LibreOffice substitutes the metric-compatible Liberation Sans.
   */
  font: string;
  /** Bullet glyph per nesting depth, repeating when lists nest deeper (house style: `-`, `o`). */
  bulletGlyphs: readonly string[];
  /** How far each list level indents its text, in twips (1/1440 inch). */
  listIndentStep: number;
  /** Hanging indent of a list level: the room the number or bullet takes, in twips. */
  listHanging: number;
  /** Widths of the `Algemeen` table's two columns in twips; together the text width. */
  generalTableColumns: readonly [number, number];
  /** Font sizes in half-points (Word's unit): 22 = 11 pt. */
  fontSize: { body: number; title: number; heading1: number; heading2: number; heading3: number; heading4?: number };
  /**
   * How a sub-heading in the notes (Heading 3) stands out from the item's heading (Heading 2,
   * bold and larger); a heading under it (Heading 4) is italic.
   */
  subheadingStyle?: 'underline' | 'italic' | 'bold';
}

/** The part of the look a house style sets: its font, its body size (the headings scale with it), its sub-headings. */
export function houseStyleLook(houseStyle: Pick<HouseStyle, 'font' | 'bodySizePt' | 'subheadingStyle'>): Pick<ResumeStyle, 'font' | 'fontSize' | 'subheadingStyle'> {
  const body = Math.round(houseStyle.bodySizePt * 2);
  return {
    font: houseStyle.font,
    fontSize: { body, title: body + 11, heading1: body + 3, heading2: body + 2, heading3: body, heading4: body },
    subheadingStyle: houseStyle.subheadingStyle,
  };
}

/** The default house style's look; A4 with Word's default 2.54 cm margins leaves 9026 twips of text width. */
export const DEFAULT_RESUME_STYLE: Readonly<ResumeStyle> = Object.freeze({
  language: 'nl-NL',
  bulletGlyphs: ['-', 'o'],
  listIndentStep: 360,
  listHanging: 360,
  generalTableColumns: [2200, 6826] as const,
  ...houseStyleLook(DEFAULT_HOUSE_STYLE),
});

/** Merges a partial style over the defaults (one level deep for the font sizes). */
export function resolveResumeStyle(partial: Partial<ResumeStyle> = {}): ResumeStyle {
  return {
    ...DEFAULT_RESUME_STYLE,
    ...partial,
    fontSize: { ...DEFAULT_RESUME_STYLE.fontSize, ...partial.fontSize },
  };
}

/**
 * Word's built-in paragraph styles, restyled soberly. Each heading carries its outline level
 * explicitly: Word recognises "Heading 1" by name, but other readers (LibreOffice's navigator,
 * PDF bookmarks) rely on w:outlineLvl, and docx does not write it by default. Headings are
 * bold and black, as the resumé's headings are, instead of docx's blue defaults.
 */
export function resumeDocumentStyles(style: ResumeStyle): IStylesOptions {
  const heading = (size: number, outlineLevel: number, run: { bold?: boolean; italics?: boolean; underline?: object } = { bold: true }) => ({
    run: { bold: false, italics: false, ...run, size },
    paragraph: { outlineLevel, keepNext: true, keepLines: true, spacing: { before: outlineLevel < 2 ? 240 : 160, after: 80 } },
  });
  const subheading = { underline: { underline: {} }, italic: { bold: true, italics: true }, bold: { bold: true } }[style.subheadingStyle ?? 'underline'];
  return {
    default: {
      document: {
        run: { font: style.font, size: style.fontSize.body, language: { value: style.language } },
        paragraph: { spacing: { after: 80 } },
      },
      title: { run: { bold: true, size: style.fontSize.title }, paragraph: { spacing: { after: 160 } } },
      heading1: heading(style.fontSize.heading1, 0),
      heading2: heading(style.fontSize.heading2, 1),
      heading3: heading(style.fontSize.heading3, 2, subheading),
      heading4: heading(style.fontSize.heading4 ?? style.fontSize.heading3, 3, { italics: true }),
    },
  };
}

import { ExternalHyperlink, Tab, TextRun, type ParagraphChild } from 'docx';
import { sanitizeHref, type Inline } from '../model/rich-text';

// Text as the secretary typed it, made safe for WordprocessingML. Everything the user can
// type must survive (XML specials, emoji, right-to-left script); only characters no XML
// document may hold are dropped, because a single one makes Word refuse the whole file.

/**
 * Characters that end a line inside a paragraph: newlines of every platform, plus vertical
 * tab and form feed, which Word itself puts on the clipboard for a manual line break and
 * page break, and the Unicode line/paragraph separators and NEL.
 */
const LINE_BREAK = /\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]/;

/**
 * What XML 1.0 forbids (C0 controls other than tab/LF/CR, U+FFFE, U+FFFF and, with the `u`
 * flag, unpaired surrogates, which cannot be encoded as UTF-8) plus DEL and the C1 controls,
 * which XML only discourages but which nobody types and some readers reject.
 */
const UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** Drops the characters XML cannot hold; line breaks become spaces (for single-line places). */
export function xmlSafeText(text: string): string {
  return text.split(LINE_BREAK).join(' ').replace(UNWRITABLE, '');
}

/** Run formatting the resumé uses; the names are docx's. */
export interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  superScript?: boolean;
  /** A character style id, e.g. Word's built-in `Hyperlink`. */
  style?: string;
}

/**
 * Runs for one piece of text: a line break (w:br) for every newline, a real tab (w:tab) for
 * every tab, so Word lays them out as typed instead of collapsing them into spaces.
 * Returns no runs for text that is empty once cleaned, so empty inlines leave no trace.
 */
export function textRuns(text: string, format: RunFormat = {}): TextRun[] {
  const lines = text.split(LINE_BREAK).map((line) => line.replace(UNWRITABLE, ''));
  if (lines.every((line) => line === '')) return [];
  return lines.map((line, index) => {
    const children: (string | Tab)[] = [];
    line.split('\t').forEach((piece, pieceIndex) => {
      if (pieceIndex > 0) children.push(new Tab());
      if (piece !== '') children.push(piece);
    });
    return new TextRun({ ...format, ...(index > 0 ? { break: 1 } : {}), children });
  });
}

/** Characters a URI may hold as they are (RFC 3986 reserved and unreserved, and `%`). */
const URI_UNSAFE = /%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/gu;

/**
 * The target written into the document's relationships, or undefined when the link must not
 * be clickable. Only http(s) and mailto pass (sanitizeHref); what remains is percent-encoded
 * where a URI may not hold it (spaces, quotes, non-ASCII), because Word and the Open XML SDK
 * treat a relationship target that is not a valid URI as a corrupt document.
 */
export function linkTarget(href: string): string | undefined {
  const safe = sanitizeHref(href.replace(UNWRITABLE, ''));
  if (safe === undefined) return undefined;
  return safe.replace(URI_UNSAFE, (character) => encodeURIComponent(character));
}

/**
 * The runs of rich inline content: bold, italic and superscript as run properties, links as
 * clickable hyperlinks in Word's `Hyperlink` character style. A link with an unsafe target
 * keeps its text, unlinked. `base` adds formatting to every run (bold for a sub-heading that
 * stands inside a list).
 */
export function inlineRuns(content: readonly Inline[], base: RunFormat = {}): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  for (const part of content) {
    const target = part.link === undefined ? undefined : linkTarget(part.link);
    const format: RunFormat = {
      ...base,
      ...(part.bold ? { bold: true } : {}),
      ...(part.italic ? { italics: true } : {}),
      ...(part.superscript ? { superScript: true } : {}),
      ...(target ? { style: 'Hyperlink' } : {}),
    };
    const runs = textRuns(part.text, format);
    if (runs.length === 0) continue;
    if (target) children.push(new ExternalHyperlink({ link: target, children: runs }));
    else children.push(...runs);
  }
  return children;
}

import { patchDetector, patchDocument, PatchType, TextRun, type IPatch } from 'docx';
import JSZip from 'jszip';
import { formatDutchDate } from '../format/dates';
import type { Meeting } from '../model/meeting';
import { xmlSafeText } from './docx-text';
import { RESUME_LABELS } from './resume-labels';
import { resumeParts, type ResumeExportOptions } from './resume-docx';
import { markEveryPage } from './word-template-mark';
import { openWordPackage, textParts, WordPackageError, type WordPackageProblem } from './word-template-package';

/**
 * The placeholders an organisation's own Word template may hold. Text ones fill in where they
 * stand; the block ones ({{algemeen}}, {{inhoud}}) take a paragraph of their own and become the
 * table and the content.
 */
export const TEXT_PLACEHOLDERS = ['titel', 'vergadering', 'naam', 'datum', 'documentdatum', 'kenmerk', 'contactpersoon', 'email', 'vertrouwelijk', 'organisatie'] as const;
export const BLOCK_PLACEHOLDERS = ['algemeen', 'inhoud'] as const;
const KNOWN: readonly string[] = [...TEXT_PLACEHOLDERS, ...BLOCK_PLACEHOLDERS];

export type WordTemplateProblem = WordPackageProblem | 'unknown-placeholders' | 'no-content' | 'used-twice' | 'block-outside-body' | 'text-beside-block';

export class WordTemplateError extends Error {
  override readonly name = 'WordTemplateError';
  constructor(
    message: string,
    readonly problem: WordTemplateProblem,
    readonly placeholders: string[] = [],
  ) {
    super(message);
  }
}

/** Each paragraph's text, the XML between its characters removed. */
function paragraphTexts(xml: string): string[] {
  return (xml.match(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g) ?? []).map((paragraph) => paragraph.replace(/<[^>]+>/g, ''));
}

/**
 * Where the block placeholders stand: once each, in the body, alone in their paragraph. The
 * patcher would put the whole resumé in every page header, delete what stands between two uses
 * (dolanmiu/docx #3504), and drop the text beside a block without a word.
 */
function checkBlockPlacement(parts: Awaited<ReturnType<typeof textParts>>): void {
  for (const block of BLOCK_PLACEHOLDERS) {
    const mark = `{{${block}}}`;
    const name = [mark];
    const outside = parts.find((part) => part.where !== 'body' && paragraphTexts(part.xml).some((text) => text.includes(mark)));
    if (outside) throw new WordTemplateError(`${mark} stands in a ${outside.where}; it may stand only in the body of the template`, 'block-outside-body', name);
    const paragraphs = parts.flatMap((part) => paragraphTexts(part.xml)).filter((text) => text.includes(mark));
    if (paragraphs.length > 1 || paragraphs.some((text) => text.split(mark).length > 2)) throw new WordTemplateError(`${mark} may stand only once in the template`, 'used-twice', name);
    const beside = paragraphs.find((text) => text.replace(mark, '').trim() !== '');
    if (beside !== undefined) {
      throw new WordTemplateError(`${mark} must have a paragraph of its own; move "${beside.replace(mark, '…').trim()}" to a paragraph before or after it`, 'text-beside-block', name);
    }
  }
}

/**
 * Checks a template before it is used and gives it back as a document: within the size limits,
 * a Word document (a .dotx converted), every placeholder known, {{inhoud}} present, the block
 * placeholders placed where they can be filled.
 */
export async function readWordTemplate(template: Uint8Array): Promise<{ document: Uint8Array; placeholders: string[] }> {
  let opened;
  try {
    opened = await openWordPackage(template);
  } catch (error) {
    if (error instanceof WordPackageError) throw new WordTemplateError(error.message, error.problem);
    throw error;
  }
  let found: readonly string[];
  try {
    found = await patchDetector({ data: opened.bytes });
  } catch (error) {
    throw new WordTemplateError(`the template cannot be read as a Word document: ${error instanceof Error ? error.message : String(error)}`, 'unreadable');
  }
  const unknown = [...new Set(found)].filter((key) => !KNOWN.includes(key));
  if (unknown.length) {
    const names = unknown.map((k) => `{{${k}}}`);
    throw new WordTemplateError(`the template holds placeholders Notulist does not know: ${names.join(', ')}`, 'unknown-placeholders', names);
  }
  if (!found.includes('inhoud')) throw new WordTemplateError('the template has no {{inhoud}} placeholder for the content', 'no-content');
  checkBlockPlacement(await textParts(opened.zip));
  return { document: opened.bytes, placeholders: [...new Set(found)] };
}

/** The placeholders a template holds, once it passes every check. */
export async function checkWordTemplate(template: Uint8Array): Promise<string[]> {
  return (await readWordTemplate(template)).placeholders;
}

/**
 * Meeting text goes into the template with every "{" as a token no text holds, and back after
 * patching: "Overleg {{kenmerk}}" typed in a meeting is text, not a placeholder to fill.
 */
function braceToken(): string {
  const digits = Array.from({ length: 12 }, () => Math.floor(Math.random() * 10)).join('');
  // Private-use characters and digits: no case change (headings in capitals) alters them.
  return `\uE000${digits}\uE001`;
}

function escapeBraces<T>(value: T, token: string): T {
  return JSON.parse(JSON.stringify(value), (_key, field: unknown) => (typeof field === 'string' ? field.replaceAll('{', token) : field)) as T;
}

/** The resumé written into the organisation's own .docx: its header, footer, logo and styles stay. */
export async function fillWordTemplate(template: Uint8Array, meeting: Meeting, options: ResumeExportOptions = {}): Promise<Uint8Array> {
  const { document, placeholders: found } = await readWordTemplate(template);
  const token = braceToken();
  const safe = escapeBraces({ meeting, labels: options.labels ?? {}, organisationName: options.organisationName ?? '' }, token);
  const parts = resumeParts(safe.meeting, { ...options, labels: safe.labels });
  const text = (value: string): IPatch => ({ type: PatchType.PARAGRAPH, children: [new TextRun(xmlSafeText(value))] });
  const m = safe.meeting;
  const values: Record<(typeof TEXT_PLACEHOLDERS)[number], string> = {
    titel: parts.labels.title,
    vergadering: `${m.name} ${formatDutchDate(m.date)}`,
    naam: m.name,
    datum: formatDutchDate(m.date),
    documentdatum: m.documentDate ? formatDutchDate(m.documentDate) : '',
    kenmerk: m.reference,
    contactpersoon: m.contactPerson,
    email: m.contactEmail,
    vertrouwelijk: m.confidential ? parts.labels.yes : parts.labels.no,
    organisatie: safe.organisationName,
  };
  const patches: Record<string, IPatch> = {
    algemeen: { type: PatchType.DOCUMENT, children: [parts.general] },
    inhoud: { type: PatchType.DOCUMENT, children: parts.content },
  };
  for (const key of TEXT_PLACEHOLDERS) patches[key] = text(values[key]);
  const filled = await patchDocument({
    outputType: 'uint8array',
    data: document,
    // Only the template's own placeholders: the patcher is given nothing it cannot place.
    patches: Object.fromEntries(Object.entries(patches).filter(([key]) => found.includes(key))),
    numbering: { config: parts.numbering.config },
    keepOriginalStyles: true,
  });
  const zip = await JSZip.loadAsync(filled);
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    if (xml.includes(token)) zip.file(name, xml.replaceAll(token, '{'));
  }
  if (options.confidential) await markEveryPage(zip, { ...RESUME_LABELS, ...options.labels }.confidentialMarking);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

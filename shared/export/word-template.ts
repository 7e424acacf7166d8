import JSZip from 'jszip';
import { patchDetector, patchDocument, PatchType, TextRun, type IPatch } from 'docx';
import type { Meeting } from '../model/meeting';
import { xmlSafeText } from './docx-text';
import { dutchDate, resumeParts, type ResumeExportOptions } from './resume-docx';

/**
 * The placeholders an organisation's own Word template may hold. Text ones fill in where they
 * stand; the block ones ({{algemeen}}, {{inhoud}}) take a paragraph of their own and become the
 * table and the content.
 */
export const TEXT_PLACEHOLDERS = ['titel', 'vergadering', 'naam', 'datum', 'documentdatum', 'kenmerk', 'contactpersoon', 'email', 'vertrouwelijk', 'organisatie'] as const;
export const BLOCK_PLACEHOLDERS = ['algemeen', 'inhoud'] as const;
const KNOWN: readonly string[] = [...TEXT_PLACEHOLDERS, ...BLOCK_PLACEHOLDERS];

export type WordTemplateProblem = 'unreadable' | 'unknown-placeholders' | 'no-content' | 'used-twice';

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

/** Text of every part of the template's body, with the XML between characters removed. */
async function documentText(template: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(template);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) throw new WordTemplateError('the template is not a Word document (no word/document.xml)', 'unreadable');
  return xml.replace(/<[^>]+>/g, '');
}

/**
 * Checks a template before it is used: every placeholder known, {{inhoud}} present, a block
 * placeholder used at most once (the docx patcher duplicates content and deletes what stands
 * between two uses of one: dolanmiu/docx #3504).
 */
export async function checkWordTemplate(template: Uint8Array): Promise<string[]> {
  let found: readonly string[];
  try {
    found = await patchDetector({ data: template });
  } catch (error) {
    throw new WordTemplateError(`the template cannot be read as a Word document: ${error instanceof Error ? error.message : String(error)}`, 'unreadable');
  }
  const unknown = [...new Set(found)].filter((key) => !KNOWN.includes(key));
  if (unknown.length) {
    const names = unknown.map((k) => `{{${k}}}`);
    throw new WordTemplateError(`the template holds placeholders Notulist does not know: ${names.join(', ')}`, 'unknown-placeholders', names);
  }
  if (!found.includes('inhoud')) throw new WordTemplateError('the template has no {{inhoud}} placeholder for the content', 'no-content');
  const text = await documentText(template);
  for (const block of BLOCK_PLACEHOLDERS) {
    if (text.split(`{{${block}}}`).length > 2) throw new WordTemplateError(`{{${block}}} may stand only once in the template`, 'used-twice', [`{{${block}}}`]);
  }
  return [...new Set(found)];
}

/** The resumé written into the organisation's own .docx: its header, footer, logo and styles stay. */
export async function fillWordTemplate(template: Uint8Array, meeting: Meeting, options: ResumeExportOptions = {}): Promise<Uint8Array> {
  const found = await checkWordTemplate(template);
  const parts = resumeParts(meeting, options);
  const text = (value: string): IPatch => ({ type: PatchType.PARAGRAPH, children: [new TextRun(xmlSafeText(value))] });
  const values: Record<(typeof TEXT_PLACEHOLDERS)[number], string> = {
    titel: parts.labels.title,
    vergadering: `${meeting.name} ${dutchDate(meeting.date)}`,
    naam: meeting.name,
    datum: dutchDate(meeting.date),
    documentdatum: meeting.documentDate ? dutchDate(meeting.documentDate) : '',
    kenmerk: meeting.reference,
    contactpersoon: meeting.contactPerson,
    email: meeting.contactEmail,
    vertrouwelijk: meeting.confidential ? parts.labels.yes : parts.labels.no,
    organisatie: options.organisationName ?? '',
  };
  const patches: Record<string, IPatch> = {
    algemeen: { type: PatchType.DOCUMENT, children: [parts.general] },
    inhoud: { type: PatchType.DOCUMENT, children: parts.content },
  };
  for (const key of TEXT_PLACEHOLDERS) patches[key] = text(values[key]);
  return patchDocument({
    outputType: 'uint8array',
    data: template,
    // Only the template's own placeholders: the patcher is given nothing it cannot place.
    patches: Object.fromEntries(Object.entries(patches).filter(([key]) => found.includes(key))),
    numbering: { config: parts.numbering.config },
    keepOriginalStyles: true,
  });
}

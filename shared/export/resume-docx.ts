import { AlignmentType, Document, Footer, Header, HeadingLevel, ImageRun, Packer, PageNumber, Paragraph, TextRun, type Table } from 'docx';
import { agendaNumbers, type AgendaNumbering } from '../agenda/agenda-numbers';
import { formatDutchDate } from '../format/dates';
import { DEFAULT_HOUSE_STYLE } from '../model/house-style-defaults';
import type { AgendaItem, Meeting, Section } from '../model/meeting';
import { actionListBlocks } from './action-list';
import { textRuns, xmlSafeText } from './docx-text';
import { generalTable } from './general-table';
import { itemDetailParagraphs, sectionDetailParagraphs, type HeadingDetailSwitches } from './heading-details';
import { itemRecordParagraphs } from './item-record';
import { ListNumbering } from './list-numbering';
import { meetingTimesLine } from './meeting-times-line';
import { notesParagraphs } from './notes-blocks';
import { RESUME_LABELS, type ResumeLabels } from './resume-labels';
import { resolveResumeStyle, resumeDocumentStyles, type ResumeStyle } from './resume-style';

// The resumé as a DOCX. Pure and isomorphic: no Node and no DOM, so the core behind every
// shell (desktop, browser host, CLI) builds the very same document.

/**
 * What a caller may change about the document (exportOptionsFrom fills it from the organisation's
 * house style); whatever is left out is as in the default house style.
 */
export interface ResumeExportOptions {
  /** Look of the document. */
  style?: Partial<ResumeStyle>;
  /** The document's Dutch words, the footer's among them. */
  labels?: Partial<ResumeLabels>;
  /** The organisation's logo at the top of every page. */
  logo?: ResumeLogo;
  /** Domain table headings in capitals or as typed. */
  headingCase?: 'upper' | 'as-typed';
  /** Marks every page "Vertrouwelijk" in the header. */
  confidential?: boolean;
  /** The organisation's name, beside the logo in the header. */
  organisationName?: string;
  /** How agenda numbers count: across the meeting or from 1 in each domain table. */
  agendaNumbering?: AgendaNumbering;
  /**
   * Agenda numbers by item id when they must come from another version of the meeting: the
   * public version numbers its items as the full agenda does. Default: counted from this meeting.
   */
  itemNumbers?: ReadonlyMap<string, number>;
  /** Item headings start with the agenda number ("5. Banenafspraak"). */
  numberHeadings?: boolean;
  /** Each item's actions under it, and the open actions as an Actielijst at the end. */
  showItemActions?: boolean;
  showActionList?: boolean;
  /** A domain table's chair, and an item's portfolio holders and documents, under their headings. */
  showChair?: boolean;
  showPortfolioHolders?: boolean;
  showDocuments?: boolean;
  /** Leaves rows of the Algemeen table out when they have nothing to say. */
  omitEmptyRows?: boolean;
  /** Adds the recorded start and end to the meeting line: ", aanvang 14:00, einde 16:10". */
  showMeetingTimes?: boolean;
}

export interface ResumeLogo {
  data: Uint8Array;
  type: 'png' | 'jpg';
  /** Size on the page in pixels (96 per inch). */
  width: number;
  height: number;
}

/** Footer text with its page fields: "Pagina {pagina} van {paginas}". */
function footerRuns(text: string): TextRun[] {
  return text.split(/(\{pagina\}|\{paginas\})/).filter(Boolean).map((part) => {
    if (part === '{pagina}') return new TextRun({ children: [PageNumber.CURRENT] });
    if (part === '{paginas}') return new TextRun({ children: [PageNumber.TOTAL_PAGES] });
    return new TextRun(xmlSafeText(part));
  });
}

function pageHeader(options: ResumeExportOptions, labels: ResumeLabels): Header | undefined {
  const children: Paragraph[] = [];
  const name = options.organisationName?.trim();
  if (options.logo || name) {
    const runs: (ImageRun | TextRun)[] = [];
    if (options.logo) {
      const { data, type, width, height } = options.logo;
      runs.push(new ImageRun({ type, data, transformation: { width, height } }));
    }
    if (name) runs.push(new TextRun({ text: `${options.logo ? '  ' : ''}${xmlSafeText(name)}`, color: '555555' }));
    children.push(new Paragraph({ children: runs }));
  }
  if (options.confidential) {
    children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: labels.confidentialMarking, bold: true })] }));
  }
  return children.length ? new Header({ children }) : undefined;
}

/** The pieces of a resumé, for the builder and for an organisation's own Word template. */
export interface ResumeParts {
  title: Paragraph;
  meetingLine: Paragraph;
  documentDate: Paragraph[];
  general: ReturnType<typeof generalTable>;
  /** The domain tables with their items, then the Actielijst when it is switched on. */
  content: (Paragraph | Table)[];
  numbering: ListNumbering;
  labels: ResumeLabels;
  style: ResumeStyle;
}

export function resumeParts(meeting: Meeting, options: ResumeExportOptions = {}): ResumeParts {
  const style = resolveResumeStyle(options.style);
  const labels: ResumeLabels = { ...RESUME_LABELS, ...options.labels };
  // Collects one numbering definition per list while the content is built.
  const numbering = new ListNumbering(style);
  const fallback = DEFAULT_HOUSE_STYLE;
  const numbers = options.itemNumbers ?? agendaNumbers(meeting, options.agendaNumbering ?? fallback.agendaNumbering);
  const headingCase = options.headingCase ?? fallback.headingCase;
  const content: ItemContent = {
    numbering,
    labels,
    numbers,
    numberHeadings: options.numberHeadings ?? fallback.numberHeadings,
    showActions: options.showItemActions ?? fallback.showItemActions,
    details: {
      chair: options.showChair ?? fallback.showChair,
      portfolioHolders: options.showPortfolioHolders ?? fallback.showPortfolioHolders,
      documents: options.showDocuments ?? fallback.showDocuments,
    },
  };
  const cased = (title: string) => (headingCase === 'upper' ? title.toLocaleUpperCase('nl-NL') : title);
  return {
    title: new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(labels.title) }),
    meetingLine: new Paragraph({ children: textRuns([`${meeting.name} ${formatDutchDate(meeting.date)}`, (options.showMeetingTimes ?? fallback.showMeetingTimes) ? meetingTimesLine(meeting, labels) : ''].filter(Boolean).join(', '), { bold: true }) }),
    documentDate: meeting.documentDate ? [new Paragraph({ children: textRuns(formatDutchDate(meeting.documentDate)) })] : [],
    general: generalTable(meeting, labels, style, numbers, options.omitEmptyRows ?? fallback.omitEmptyRows),
    content: [
      ...meeting.sections.flatMap((section) => sectionParagraphs(section, content, cased)),
      ...((options.showActionList ?? fallback.showActionList) ? actionListBlocks(meeting, numbers, labels, style, cased) : []),
    ],
    numbering,
    labels,
    style,
  };
}

/** The resumé of a meeting as a docx Document, top to bottom in the house style's order. */
export function buildResumeDocument(meeting: Meeting, options: ResumeExportOptions = {}): Document {
  const { title, meetingLine, documentDate, general, content, numbering, labels, style } = resumeParts(meeting, options);
  const meetingDate = formatDutchDate(meeting.date);
  const body = [title, meetingLine, ...documentDate, general, ...content];
  const header = pageHeader(options, labels);

  return new Document({
    title: xmlSafeText(`${labels.documentKind} ${meeting.name} ${meetingDate}`),
    creator: 'Notulist',
    lastModifiedBy: 'Notulist',
    styles: resumeDocumentStyles(style),
    numbering: { config: numbering.config },
    sections: [
      {
        ...(header ? { headers: { default: header } } : {}),
        ...(labels.footer.trim() ? { footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: footerRuns(labels.footer) })] }) } } : {}),
        children: body,
      },
    ],
  });
}

/** The resumé as the bytes of a .docx file (a Uint8Array, so it runs without Node's Buffer). */
export async function renderResumeDocx(meeting: Meeting, options?: ResumeExportOptions): Promise<Uint8Array> {
  return Packer.pack(buildResumeDocument(meeting, options), 'uint8array');
}

/** What every item's paragraphs are built with. */
interface ItemContent {
  numbering: ListNumbering;
  labels: ResumeLabels;
  numbers: ReadonlyMap<string, number>;
  numberHeadings: boolean;
  showActions: boolean;
  details: HeadingDetailSwitches;
}

/** A domain table: its title (in capitals, by default) as Heading 1, its chair, then its items. */
function sectionParagraphs(section: Section, content: ItemContent, cased: (title: string) => string): Paragraph[] {
  return [
    ...headingIfTitled(cased(section.title), HeadingLevel.HEADING_1),
    ...sectionDetailParagraphs(section, content.labels, content.details),
    ...section.items.flatMap((item) => itemParagraphs(item, content)),
  ];
}

/**
 * An agenda item: its title (with its agenda number, if so set) as Heading 2, its portfolio
 * holders and documents, its notes, then its proposals, decision and actions.
 */
function itemParagraphs(item: AgendaItem, content: ItemContent): Paragraph[] {
  const number = content.numbers.get(item.id);
  const title = content.numberHeadings && number !== undefined && item.title.trim() !== '' ? `${number}. ${item.title.trim()}` : item.title;
  return [
    ...headingIfTitled(title, HeadingLevel.HEADING_2),
    ...itemDetailParagraphs(item, content.labels, content.details),
    ...notesParagraphs(item.notes, content.numbering),
    ...itemRecordParagraphs(item, content.labels, content.showActions),
  ];
}

/**
 * A heading, unless the title is blank: an empty heading would be an invisible line of space
 * in the text and a blank entry in the navigation pane.
 */
function headingIfTitled(title: string, heading: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph[] {
  const runs = textRuns(title.trim());
  return runs.length > 0 ? [new Paragraph({ heading, children: runs })] : [];
}

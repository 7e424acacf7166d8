import { Paragraph, TextRun } from 'docx';
import { sanitizeHref } from '../model/links';
import type { AgendaDocument } from '../model/agenda-details';
import type { AgendaItem, Section } from '../model/meeting';
import type { Inline } from '../model/rich-text';
import { inlineRuns, textRuns, xmlSafeText } from './docx-text';
import type { ResumeLabels } from './resume-labels';

// What the preparation recorded beside a heading, written right under it: a domain table's
// chair, an item's portfolio holders and documents. A field left empty writes nothing.

/** Which of these lines the house style shows; each is on unless switched off. */
export interface HeadingDetailSwitches {
  chair: boolean;
  portfolioHolders: boolean;
  documents: boolean;
}

/** "Voorzitter: Mirjam Havinga" under the domain table's heading. */
export function sectionDetailParagraphs(section: Section, labels: ResumeLabels, show: HeadingDetailSwitches): Paragraph[] {
  const chair = section.chair.trim();
  return show.chair && chair !== '' ? [labelled(labels.chair, textRuns(chair))] : [];
}

/** "Portefeuillehouder(s): …" and "Documenten: …" under the item's heading, before its notes. */
export function itemDetailParagraphs(item: AgendaItem, labels: ResumeLabels, show: HeadingDetailSwitches): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const holders = item.portfolioHolders.map((name) => name.trim()).filter((name) => name !== '');
  if (show.portfolioHolders && holders.length > 0) {
    paragraphs.push(labelled(holders.length === 1 ? labels.portfolioHolder : labels.portfolioHolders, textRuns(holders.join(', '))));
  }
  const documents = item.documents.map(documentInlines).filter((parts) => parts.length > 0);
  if (show.documents && documents.length > 0) {
    // Titles often hold commas ("Notitie jeugd, versie 2"), so documents are set apart by semicolons.
    const parts = documents.flatMap((inlines, index) => (index === 0 ? inlines : [{ text: '; ' }, ...inlines]));
    paragraphs.push(labelled(labels.documents, inlineRuns(parts)));
  }
  return paragraphs;
}

/**
 * A document as the notes write a link: a web or mail link makes its title clickable; any
 * other link (a path on the secretary's disk) cannot be followed by the reader, so it is
 * written out after the title rather than dropped.
 */
function documentInlines(document: AgendaDocument): Inline[] {
  const title = document.title.trim();
  const link = document.link.trim();
  if (link === '') return title === '' ? [] : [{ text: title }];
  if (sanitizeHref(link) !== undefined) return [{ text: title === '' ? link : title, link }];
  return title === '' ? [{ text: link }] : [{ text: `${title} (${link})` }];
}

function labelled(label: string, value: ReturnType<typeof inlineRuns>): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${xmlSafeText(label)}: `, bold: true }), ...value] });
}

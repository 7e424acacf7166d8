import type { Meeting } from '../model/meeting';
import type { HouseStyle } from '../model/house-style';
import { agendaNumbers } from '../agenda/agenda-numbers';
import { resumeFileName } from '../format/file-names';
import { decodeImageDataUrl } from './image-data-url';
import { hasConfidentialContent, publicVersion } from './public-version';
import { renderResumeDocx, type ResumeExportOptions } from './resume-docx';
import { houseStyleWords } from './resume-labels';
import { houseStyleLook } from './resume-style';
import { fillWordTemplate } from './word-template';

export interface ResumeFile {
  bytes: Uint8Array;
  fileName: string;
  /** Whether this version holds confidential content (and says so on every page). */
  confidential: boolean;
}

/** The organisation's house style as the builder's options. */
export function exportOptionsFrom(houseStyle: HouseStyle, confidential: boolean, organisationName = ''): ResumeExportOptions {
  // Only the organisation's own logo: the resumé is the region's document, never Notulist's.
  const logo = houseStyle.logoDataUrl ? decodeImageDataUrl(houseStyle.logoDataUrl) : undefined;
  return {
    style: houseStyleLook(houseStyle),
    ...(houseStyle.showLogo && logo ? { logo: { ...logo, width: houseStyle.logoWidth, height: houseStyle.logoHeight } } : {}),
    labels: houseStyleWords(houseStyle),
    headingCase: houseStyle.headingCase,
    showMeetingTimes: houseStyle.showMeetingTimes,
    confidential,
    organisationName,
    agendaNumbering: houseStyle.agendaNumbering,
    numberHeadings: houseStyle.numberHeadings,
    showItemActions: houseStyle.showItemActions,
    showActionList: houseStyle.showActionList,
    showChair: houseStyle.showChair,
    showPortfolioHolders: houseStyle.showPortfolioHolders,
    showDocuments: houseStyle.showDocuments,
    omitEmptyRows: houseStyle.omitEmptyRows,
  };
}

/**
 * The resumé to send: the public version leaves out what is marked confidential; the full
 * version of a meeting with confidential content says "Vertrouwelijk" on every page and in
 * its file name, so the two can never be mixed up in a shared folder.
 */
export async function exportResume(
  meeting: Meeting,
  houseStyle: HouseStyle,
  options: { public: boolean; wordTemplate?: Uint8Array; organisationName?: string },
): Promise<ResumeFile> {
  const confidential = !options.public && hasConfidentialContent(meeting);
  const version = options.public ? publicVersion(meeting) : { ...meeting, confidential: meeting.confidential || confidential };
  // Numbered on the full agenda, so the public version keeps every item's number.
  const builderOptions = { ...exportOptionsFrom(houseStyle, confidential, options.organisationName), itemNumbers: agendaNumbers(meeting, houseStyle.agendaNumbering) };
  // The organisation's own .docx keeps its header, footer, logo and styles; ours are not added.
  const bytes = options.wordTemplate ? await fillWordTemplate(options.wordTemplate, version, builderOptions) : await renderResumeDocx(version, builderOptions);
  const base = resumeFileName(meeting.date, meeting.name);
  return { bytes, fileName: confidential ? base.replace(/\.docx$/, ' (vertrouwelijk).docx') : base, confidential };
}

import { Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { Meeting } from '../model/meeting';
import type { Attendance, AttendanceStatus } from '../model/person';
import { textRuns } from './docx-text';
import type { ResumeLabels } from './resume-labels';
import type { ResumeStyle } from './resume-style';

/** `Name (Municipality, portfolio, …)`, leaving out empty parts, as the resumé lists people. */
export function describeAttendee(attendee: Attendance): string {
  const name = attendee.name.trim();
  const details = [attendee.municipality, ...attendee.portfolios].map((part) => part.trim()).filter((part) => part !== '');
  return details.length > 0 ? `${name} (${details.join(', ')})` : name;
}

/** The attendees with one of the statuses, in the meeting's order, comma-separated. */
export function describeAttendees(attendees: readonly Attendance[], statuses: readonly AttendanceStatus[]): string {
  return attendees
    .filter((attendee) => statuses.includes(attendee.status))
    .map(describeAttendee)
    .join(', ');
}

/** The rows of the `Algemeen` table, label and text, in the house style's order. */
export function generalRows(meeting: Meeting, labels: ResumeLabels): [string, string][] {
  return [
    // Guests and late arrivals are present too; the notes say from which item they joined.
    [labels.present, describeAttendees(meeting.attendees, ['present', 'guest'])],
    [labels.absent, describeAttendees(meeting.attendees, ['absent'])],
    [labels.contactPerson, meeting.contactPerson],
    [labels.email, meeting.contactEmail],
    [labels.confidential, meeting.confidential ? labels.yes : labels.no],
    [labels.reference, meeting.reference],
  ];
}

/**
 * The two-column `Algemeen` | `Omschrijving` table. Fixed widths in twips rather than
 * percentages, because LibreOffice and older Word versions disagree on percentage widths;
 * the header row repeats if the table ever breaks across a page.
 */
export function generalTable(meeting: Meeting, labels: ResumeLabels, style: ResumeStyle): Table {
  const [labelWidth, textWidth] = style.generalTableColumns;
  const cell = (text: string, width: number, bold: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      children: [new Paragraph({ spacing: { after: 0 }, children: textRuns(text, bold ? { bold: true } : {}) })],
    });
  const row = (label: string, text: string, header = false) =>
    new TableRow({
      ...(header ? { tableHeader: true } : {}),
      children: [cell(label, labelWidth, true), cell(text, textWidth, header)],
    });
  return new Table({
    width: { size: labelWidth + textWidth, type: WidthType.DXA },
    columnWidths: [labelWidth, textWidth],
    layout: TableLayoutType.FIXED,
    rows: [row(labels.general, labels.description, true), ...generalRows(meeting, labels).map(([label, text]) => row(label, text))],
  });
}

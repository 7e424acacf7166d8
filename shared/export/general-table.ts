import { Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { Meeting } from '../model/meeting';
import type { Attendance, AttendanceStatus } from '../model/person';
import { textRuns } from './docx-text';
import type { ResumeLabels } from './resume-labels';
import type { ResumeStyle } from './resume-style';

/** What describing an attendee needs beyond the attendee: the words and the agenda numbers. */
export interface AttendeeContext {
  labels: Pick<ResumeLabels, 'guest' | 'fromItem' | 'untilItem'>;
  /** Agenda number by item id, for a late arrival or an early departure. */
  numbers: ReadonlyMap<string, number>;
}

/** A name or a place kept on one line: Word breaks a line at a no-break space only when it must. */
const unbroken = (text: string) => text.trim().replace(/ +/g, '\u00a0');

const withNumber = (label: string, number: number) => label.replace('{nummer}', String(number));

/**
 * `Name (Municipality, portfolio, …)`, leaving out empty parts, as the resumé lists people; a
 * guest's details end in "gast", the capacity (toehoorder) is named, and a late arrival or early
 * departure follows as "(vanaf agendapunt 5)" / "(tot agendapunt 7)".
 */
export function describeAttendee(attendee: Attendance, context?: AttendeeContext): string {
  const details = [unbroken(attendee.municipality), ...attendee.portfolios.map((part) => part.trim()), attendee.capacity?.trim() ?? ''];
  if (context && attendee.status === 'guest') details.push(context.labels.guest);
  const shown = details.filter((part) => part !== '');
  const parts = [unbroken(attendee.name), ...(shown.length > 0 ? [`(${shown.join(', ')})`] : [])];
  const from = attendee.fromItemId === undefined ? undefined : context?.numbers.get(attendee.fromItemId);
  const until = attendee.untilItemId === undefined ? undefined : context?.numbers.get(attendee.untilItemId);
  if (context && from !== undefined) parts.push(`(${withNumber(context.labels.fromItem, from)})`);
  if (context && until !== undefined) parts.push(`(${withNumber(context.labels.untilItem, until)})`);
  return parts.join(' ');
}

/** The attendees with one of the statuses, in the meeting's order, comma-separated. */
export function describeAttendees(attendees: readonly Attendance[], statuses: readonly AttendanceStatus[], context?: AttendeeContext): string {
  return attendees
    .filter((attendee) => statuses.includes(attendee.status))
    .map((attendee) => describeAttendee(attendee, context))
    .join(', ');
}

/** The rows of the `Algemeen` table, label and text, in the house style's order. */
export function generalRows(meeting: Meeting, labels: ResumeLabels, numbers: ReadonlyMap<string, number> = new Map(), omitEmpty = false): [string, string][] {
  const context: AttendeeContext = { labels, numbers };
  const rows: [string, string][] = [
    // Guests are present too, marked as guest.
    [labels.present, describeAttendees(meeting.attendees, ['present', 'guest'], context)],
    [labels.absent, describeAttendees(meeting.attendees, ['absent'], context)],
    [labels.contactPerson, meeting.contactPerson],
    [labels.email, meeting.contactEmail],
    [labels.confidential, meeting.confidential ? labels.yes : labels.no],
    [labels.reference, meeting.reference],
  ];
  return omitEmpty ? rows.filter(([, text]) => text.trim() !== '') : rows;
}

/**
 * The two-column `Algemeen` | `Omschrijving` table. Fixed widths in twips rather than
 * percentages, because LibreOffice and older Word versions disagree on percentage widths;
 * the header row repeats if the table ever breaks across a page.
 */
export function generalTable(meeting: Meeting, labels: ResumeLabels, style: ResumeStyle, numbers?: ReadonlyMap<string, number>, omitEmpty = false): Table {
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
    rows: [row(labels.general, labels.description, true), ...generalRows(meeting, labels, numbers, omitEmpty).map(([label, text]) => row(label, text))],
  });
}

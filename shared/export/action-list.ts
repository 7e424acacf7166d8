import { HeadingLevel, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { formatDutchDate } from '../format/dates';
import type { Meeting } from '../model/meeting';
import { textRuns } from './docx-text';
import type { ResumeLabels } from './resume-labels';
import type { ResumeStyle } from './resume-style';

/** One open action as the Actielijst lists it. */
export interface OpenActionRow {
  item: string;
  what: string;
  who: string;
  due: string;
}

/** The meeting's open actions in agenda order, each with its item ("5. Banenafspraak"). */
export function openActionRows(meeting: Meeting, numbers: ReadonlyMap<string, number>): OpenActionRow[] {
  return meeting.sections.flatMap((section) =>
    section.items.flatMap((item) => {
      const number = numbers.get(item.id);
      const itemName = `${number === undefined ? '' : `${number}. `}${item.title.trim()}`;
      return item.actions
        .filter((action) => !action.done && (action.what.trim() !== '' || action.who.trim() !== ''))
        .map((action) => ({ item: itemName, what: action.what.trim(), who: action.who.trim(), due: action.due ? formatDutchDate(action.due).replace(/ /g, '\u00a0') : '' }));
    }),
  );
}

/**
 * The Actielijst at the end of the resumé: a heading and a four-column table of the open
 * actions, or nothing when there are none. The columns add up to the text width of A4.
 */
export function actionListBlocks(meeting: Meeting, numbers: ReadonlyMap<string, number>, labels: ResumeLabels, style: ResumeStyle, heading: (title: string) => string): (Paragraph | Table)[] {
  const rows = openActionRows(meeting, numbers);
  if (rows.length === 0) return [];
  const total = style.generalTableColumns[0] + style.generalTableColumns[1];
  // The date column fits "15 september 2027" on one line.
  const widths = [Math.round(total * 0.27), Math.round(total * 0.35), Math.round(total * 0.14)];
  widths.push(total - widths[0]! - widths[1]! - widths[2]!);
  const row = (cells: string[], header = false) =>
    new TableRow({
      ...(header ? { tableHeader: true } : {}),
      children: cells.map(
        (text, index) =>
          new TableCell({
            width: { size: widths[index]!, type: WidthType.DXA },
            children: [new Paragraph({ spacing: { after: 0 }, children: textRuns(text, header ? { bold: true } : {}) })],
          }),
      ),
    });
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: textRuns(heading(labels.actionList)) }),
    new Table({
      width: { size: total, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [row([labels.actionItem, labels.actionWhat, labels.actionWho, labels.actionDue], true), ...rows.map((r) => row([r.item, r.what, r.who, r.due]))],
    }),
  ];
}

import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { xmlSafeText } from '../export/docx-text';
import { formatDutchDate } from '../format/dates';
import { DECISIONS_AND_ACTIONS_LABELS as L } from './decisions-and-actions-labels';
import type { DecisionOrAction, DecisionsAndActionsFilter } from './decisions-and-actions';

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: xmlSafeText(text), bold })] })] });

function meetingTable(rows: readonly DecisionOrAction[]): Table {
  const header = new TableRow({ tableHeader: true, children: [L.kind, L.section, L.item, L.text, L.people, L.due].map((label) => cell(label, true)) });
  const body = rows.map(
    (row) =>
      new TableRow({
        children: [
          cell(row.kind === 'decision' ? L.decision : L.action),
          cell(row.section.toLocaleUpperCase('nl-NL')),
          cell(row.itemTitle),
          cell(row.text),
          cell(row.people.join(', ')),
          cell(row.due ? formatDutchDate(row.due) : ''),
        ],
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...body] });
}

/** Besluiten en acties as a Word document: a heading per meeting, newest first, and a table of its rows. */
export function buildDecisionsAndActionsDocument(rows: readonly DecisionOrAction[], filter: DecisionsAndActionsFilter): Document {
  const children: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(L.title)] })];
  const said = [filter.section && L.sectionFilter(filter.section), filter.person && L.personFilter(filter.person)].filter(Boolean) as string[];
  if (said.length > 0) children.push(new Paragraph({ children: [new TextRun({ text: xmlSafeText(said.join(' · ')), italics: true })] }));
  if (rows.length === 0) children.push(new Paragraph(L.none));
  const meetings = new Map<string, DecisionOrAction[]>();
  for (const row of rows) {
    const group = meetings.get(row.meetingId);
    if (group) group.push(row);
    else meetings.set(row.meetingId, [row]);
  }
  for (const group of meetings.values()) {
    const first = group[0]!;
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(xmlSafeText(`${first.meetingName}, ${formatDutchDate(first.date)}`))] }));
    children.push(meetingTable(group));
  }
  return new Document({ title: L.title, sections: [{ children }] });
}

export function decisionsAndActionsDocx(rows: readonly DecisionOrAction[], filter: DecisionsAndActionsFilter): Promise<Uint8Array> {
  return Packer.pack(buildDecisionsAndActionsDocument(rows, filter), 'uint8array');
}

import { cellText, type DocBlock, type DocTable } from './docx-blocks';
import { readAttendees, type ListedAttendee } from './attendee-text';
import { IMPORT_LABELS, isLabel } from './import-labels';

/** What the Algemeen table says about the meeting. */
export interface GeneralFields {
  attendees: ListedAttendee[];
  contactPerson: string;
  contactEmail: string;
  confidential: boolean;
  reference: string;
  /** Rows with a label the importer does not know: kept as text, never dropped. */
  otherRows: [string, string][];
}

const labelOf = (row: DocBlock[][]) => cellText(row[0] ?? []);
const textOf = (row: DocBlock[][]) => row.slice(1).map(cellText).join('\n').trim();

const GENERAL_LABELS = [IMPORT_LABELS.general, ...IMPORT_LABELS.present, ...IMPORT_LABELS.absent, ...IMPORT_LABELS.contactPerson, ...IMPORT_LABELS.email, ...IMPORT_LABELS.reference];

/** Whether a table is the Algemeen table: headed "Algemeen", or with a row the Algemeen table holds (Aanwezig, Kenmerk, …). */
export function isGeneralTable(table: DocTable): boolean {
  return table.rows.some((row) => row.length >= 2 && isLabel(labelOf(row), GENERAL_LABELS));
}

export function readGeneralTable(table: DocTable): GeneralFields {
  const fields: GeneralFields = { attendees: [], contactPerson: '', contactEmail: '', confidential: false, reference: '', otherRows: [] };
  for (const row of table.rows) {
    const label = labelOf(row);
    const text = textOf(row);
    if (isLabel(label, IMPORT_LABELS.general)) continue;
    if (isLabel(label, IMPORT_LABELS.present)) fields.attendees.push(...readAttendees(text, 'present'));
    else if (isLabel(label, IMPORT_LABELS.absent)) fields.attendees.push(...readAttendees(text, 'absent'));
    else if (isLabel(label, IMPORT_LABELS.contactPerson)) fields.contactPerson = text;
    else if (isLabel(label, IMPORT_LABELS.email)) fields.contactEmail = text;
    else if (isLabel(label, IMPORT_LABELS.confidential)) fields.confidential = isLabel(text, IMPORT_LABELS.yes);
    else if (isLabel(label, IMPORT_LABELS.reference)) fields.reference = text;
    else if (label !== '' || text !== '') fields.otherRows.push([label, text]);
  }
  return fields;
}

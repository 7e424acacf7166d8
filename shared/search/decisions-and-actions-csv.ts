import { DECISIONS_AND_ACTIONS_LABELS as L } from './decisions-and-actions-labels';
import type { DecisionOrAction } from './decisions-and-actions';

/** A field as RFC 4180 quotes it; a leading = + - @ is defused so a spreadsheet shows it as text, never runs it. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The rows as CSV the way Dutch Excel opens it by a double click: semicolons, CRLF, and a byte
 * order mark so accents are read as UTF-8. Domain tables in capitals, as the resumé writes them.
 */
export function decisionsAndActionsCsv(rows: readonly DecisionOrAction[]): string {
  const header = [L.kind, L.date, L.meeting, L.section, L.item, L.text, L.people, L.due];
  const lines = rows.map((row) =>
    [row.kind === 'decision' ? L.decision : L.action, row.date, row.meetingName, row.section.toLocaleUpperCase('nl-NL'), row.itemTitle, row.text, row.people.join(', '), row.due ?? ''],
  );
  return `\uFEFF${[header, ...lines].map((fields) => fields.map(csvField).join(';')).join('\r\n')}\r\n`;
}

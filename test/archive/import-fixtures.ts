import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { exportResume } from '../../shared/export/export-resume';
import type { Meeting } from '../../shared/model/meeting';
import { parseMeetingFile } from '../../shared/model/meeting-file';
import { DEFAULT_HOUSE_STYLE } from '../../shared/model/house-style-defaults';

/** Documents and meetings the archive tests share (kept out of the test files, which must not import each other). */

export const ROOT = resolve(import.meta.dirname, '..', '..');

/** The real resumé of 23 February 2023, as entered in test/fixtures. */
export async function realMeeting(): Promise<Meeting> {
  const parsed = parseMeetingFile(await readFile(join(ROOT, 'test', 'fixtures', 'resume-2023-02-23.meeting.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.meeting;
}

/** The project's own export of a meeting, as a secretary would have filed it. */
export async function exported(meeting: Meeting, houseStyle = DEFAULT_HOUSE_STYLE): Promise<Uint8Array> {
  return (await exportResume(meeting, houseStyle, { public: false })).bytes;
}

/**
 * A meeting as the archive compares it: no ids (the import makes new ones), arrivals and
 * departures by item title, proposals by text (the outcome is not in the document).
 */
export function comparable(meeting: Meeting) {
  const titleOf = new Map(meeting.sections.flatMap((section) => section.items.map((item) => [item.id, item.title] as const)));
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'id').map(([key, inner]) => [key, strip(inner)]));
    }
    return value;
  };
  return {
    name: meeting.name,
    date: meeting.date,
    documentDate: meeting.documentDate,
    general: [meeting.contactPerson, meeting.contactEmail, meeting.reference, meeting.confidential],
    attendees: meeting.attendees.map(({ id: _id, fromItemId, untilItemId, ...rest }) => ({
      ...rest,
      from: fromItemId && titleOf.get(fromItemId),
      until: untilItemId && titleOf.get(untilItemId),
    })),
    sections: meeting.sections.map((section) => ({
      title: section.title,
      chair: section.chair,
      items: section.items.map((item) => ({
        kind: item.kind,
        title: item.title,
        notes: strip(item.notes),
        portfolioHolders: item.portfolioHolders,
        documents: strip(item.documents),
        proposals: item.proposals.map((proposal) => proposal.text),
        decision: item.decision,
        actions: strip(item.actions),
      })),
    })),
  };
}

const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
const plain = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const row = (label: string, text: string) =>
  new TableRow({ children: [new TableCell({ children: [plain(label)] }), new TableCell({ children: [plain(text)] })] });

/**
 * A resumé as a secretary types it in Word without Notulist's styles: every heading a bold line
 * (domain tables in capitals, items numbered), lists typed as "-" and "1.", the Algemeen table
 * without a header row, and a remark above the first domain table.
 */
export async function handWrittenResume(): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    bold('Resumé'),
    bold('Overleg portefeuillehouders sociaal domein 13 april 2023'),
    new Table({
      rows: [
        row('Aanwezig', 'Joke Lanphen (Blaricum), Gerben van Voorden (Hilversum, Jeugd), Marcel Moes (Stolwijk Publiek Advies, gast)'),
        row('Afwezig', 'Roland Boom (Huizen, Onderwijs)'),
        row('Contactpersoon', 'Marielle Stitzinger'),
        row('E-mail', 'm.stitzinger@regiogv.nl'),
        row('Kenmerk', '23.0002000'),
        row('Notulist', 'Piet Jansen'),
      ],
    }),
    plain('Dit resumé is nog niet vastgesteld.'),
    bold('JEUGD EN ONDERWIJS'),
    bold('1. Opening en mededelingen'),
    plain('De voorzitter opent de vergadering.'),
    bold('Mededelingen'),
    plain('- Het Leger des Heils start een tweede groep'),
    plain('- De inspectie bezoekt de regio in mei'),
    bold('2. Jeugdhulp met verblijf'),
    plain('De voortgang wordt besproken aan de hand van drie punten:'),
    plain('1. Kleinschalige voorzieningen'),
    plain('2. Gezinshuizen'),
    plain('3. Ambulante hulp'),
    plain('Voorstel 1. Instemmen met de voortgangsrapportage.'),
    plain('Voorstel 2. Het budget voor 2024 reserveren.'),
    plain('Besluit: het portefeuillehoudersoverleg stemt in met beide voorstellen.'),
    new Table({ rows: [row('Kosten 2023', '€ 120.000'), row('Kosten 2024', '€ 140.000')] }),
    bold('WERK EN PARTICIPATIE'),
    bold('3. Rondvraag'),
    new Paragraph({ children: [new TextRun('Huizen vraagt naar '), new TextRun({ text: 'de cijfers', bold: true }), new TextRun(' van de banenafspraak.')] }),
  ];
  return Packer.pack(new Document({ sections: [{ children }] }), 'uint8array');
}

/** A Word document that is no resumé: a letter. */
export async function letter(): Promise<Uint8Array> {
  const children = [plain('Geachte heer Jansen,'), plain('Hierbij ontvangt u de stukken voor het overleg van 13 april 2023.'), plain('Met vriendelijke groet,'), plain('Marielle Stitzinger')];
  return Packer.pack(new Document({ sections: [{ children }] }), 'uint8array');
}

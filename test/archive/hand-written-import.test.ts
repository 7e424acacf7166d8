import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importResume } from '../../shared/archive/import/resume-import';
import { notesPlainText, type Block } from '../../shared/model/rich-text';
import { handWrittenResume, letter, ROOT } from './import-fixtures';

const options = { fileName: 'resume.docx', hash: 'abc', now: new Date('2026-12-05T10:00:00.000Z') };

async function importedHandWritten() {
  const result = await importResume(await handWrittenResume(), options);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

const shape = (blocks: Block[]) => blocks.map((block) => (block.type === 'list' ? `${block.style} list of ${block.items.length}` : `${block.type}: ${notesPlainText([block])}`));

describe('importing a resumé typed in Word without Notulist\'s styles', () => {
  it('reads the meeting line and the Algemeen table without a header row', async () => {
    const { meeting } = await importedHandWritten();
    expect([meeting.name, meeting.date, meeting.reference, meeting.contactPerson, meeting.contactEmail]).toEqual(['Overleg portefeuillehouders sociaal domein', '2023-04-13', '23.0002000', 'Marielle Stitzinger', 'm.stitzinger@regiogv.nl']);
    expect(meeting.attendees.map((attendee) => [attendee.name, attendee.status])).toEqual([
      ['Joke Lanphen', 'present'],
      ['Gerben van Voorden', 'present'],
      ['Marcel Moes', 'guest'],
      ['Roland Boom', 'absent'],
    ]);
    expect(meeting.attendees[1]).toMatchObject({ municipality: 'Hilversum', portfolios: ['Jeugd'] });
  });

  it('takes bold capitals for domain tables and numbered bold lines for items, other bold lines for sub-headings', async () => {
    const { meeting } = await importedHandWritten();
    expect(meeting.sections.map((section) => [section.title, section.items.map((item) => `${item.kind}: ${item.title}`)])).toEqual([
      ['Jeugd en Onderwijs', ['other: Overige tekst uit het document', 'opening: Opening en mededelingen', 'discussion: Jeugdhulp met verblijf']],
      ['Werk en Participatie', ['any-other-business: Rondvraag']],
    ]);
    const opening = meeting.sections[0]!.items[1]!;
    expect(shape(opening.notes)).toEqual(['paragraph: De voorzitter opent de vergadering.', 'heading: Mededelingen', 'bullet list of 2']);
  });

  it('makes lists of lines typed with "-" and "1.", without the typed marks', async () => {
    const { meeting } = await importedHandWritten();
    const notes = meeting.sections[0]!.items[2]!.notes;
    expect(shape(notes).slice(0, 2)).toEqual(['paragraph: De voortgang wordt besproken aan de hand van drie punten:', 'numbered list of 3']);
    expect(notesPlainText(notes)).toContain('Kleinschalige voorzieningen\nGezinshuizen\nAmbulante hulp');
    expect(notesPlainText(meeting.sections[0]!.items[1]!.notes)).toContain('Het Leger des Heils start een tweede groep');
  });

  it('finds the proposals and the decision, and keeps a table it cannot place as notes', async () => {
    const item = (await importedHandWritten()).meeting.sections[0]!.items[2]!;
    expect(item.proposals.map((proposal) => proposal.text)).toEqual(['Instemmen met de voortgangsrapportage.', 'Het budget voor 2024 reserveren.']);
    expect(item.decision).toBe('het portefeuillehoudersoverleg stemt in met beide voorstellen.');
    expect(notesPlainText(item.notes)).toContain('Kosten 2023\t€ 120.000');
  });

  it('keeps what it does not recognise as notes, never dropping it: a remark, an unknown row', async () => {
    const { meeting, warnings } = await importedHandWritten();
    const unplaced = notesPlainText(meeting.sections[0]!.items[0]!.notes);
    expect(unplaced).toContain('Dit resumé is nog niet vastgesteld.');
    expect(unplaced).toContain('Notulist: Piet Jansen');
    expect(warnings).toEqual(['text outside the recognised items is kept as notes under "Overige tekst uit het document"']);
  });

  it('says how many images it leaves out, keeping the text around them', async () => {
    const logo = new Uint8Array(await readFile(join(ROOT, 'assets', 'logo.png')));
    const children = [
      new Paragraph({ children: [new ImageRun({ type: 'png', data: logo, transformation: { width: 40, height: 40 } })] }),
      new Paragraph('RESUMÉ'),
      new Paragraph('PFHO Sociaal Domein 13 april 2023'),
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Rondvraag')] }),
      new Paragraph({ children: [new TextRun('Zie de kaart '), new ImageRun({ type: 'png', data: logo, transformation: { width: 40, height: 40 } }), new TextRun(' hierboven.')] }),
    ];
    const result = await importResume(await Packer.pack(new Document({ sections: [{ children }] }), 'uint8array'), options);
    if (!result.ok) throw new Error(result.reason);
    expect(result.kept).toEqual({ unplacedBlocks: 0, images: 2 });
    expect(result.warnings).toEqual(['2 images are not imported (the document itself is kept)']);
    expect(notesPlainText(result.meeting.sections[0]!.items[0]!.notes)).toBe('Zie de kaart  hierboven.');
  });

  it('still finds the Algemeen table below a line it does not know, and keeps that line', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const children = [
      new Paragraph('RESUMÉ'),
      new Paragraph('PFHO Sociaal Domein 13 april 2023'),
      new Paragraph('Locatie: gemeentehuis Huizen'),
      new Table({ rows: [new TableRow({ children: [cell('Kenmerk'), cell('23.0002000')] })] }),
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Rondvraag')] }),
      new Paragraph('Geen.'),
    ];
    const result = await importResume(await Packer.pack(new Document({ sections: [{ children }] }), 'uint8array'), options);
    if (!result.ok) throw new Error(result.reason);
    expect(result.meeting.reference).toBe('23.0002000');
    const [unplaced, rondvraag] = result.meeting.sections[0]!.items;
    expect(notesPlainText(unplaced!.notes)).toBe('Locatie: gemeentehuis Huizen');
    expect([rondvraag!.title, notesPlainText(rondvraag!.notes)]).toEqual(['Rondvraag', 'Geen.']);
  });

  it('reads Word\'s Heading 1 for domain tables beside bold lines for items', async () => {
    const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
    const children = [
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Resumé')] }),
      new Paragraph('PFHO Sociaal Domein 13 april 2023'),
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Werk en Participatie')] }),
      bold('1. Banenafspraak'),
      bold('Cijfers'),
      new Paragraph('De regio licht de cijfers toe.'),
      bold('2. Rondvraag'),
      new Paragraph('Geen.'),
    ];
    const result = await importResume(await Packer.pack(new Document({ sections: [{ children }] }), 'uint8array'), options);
    if (!result.ok) throw new Error(result.reason);
    const [section] = result.meeting.sections;
    expect([section!.title, section!.items.map((item) => item.title)]).toEqual(['Werk en Participatie', ['Banenafspraak', 'Rondvraag']]);
    expect(shape(section!.items[0]!.notes)).toEqual(['heading: Cijfers', 'paragraph: De regio licht de cijfers toe.']);
  });

  it('keeps the text of a table inside a table', async () => {
    const cell = (...children: (Paragraph | Table)[]) => new TableCell({ children });
    const inner = new Table({ rows: [new TableRow({ children: [cell(new Paragraph('Huizen')), cell(new Paragraph('€ 12.000'))] })] });
    const children = [
      new Paragraph('RESUMÉ'),
      new Paragraph('PFHO Sociaal Domein 13 april 2023'),
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Begroting')] }),
      new Table({ rows: [new TableRow({ children: [cell(new Paragraph('Bijdragen')), cell(inner)] })] }),
    ];
    const result = await importResume(await Packer.pack(new Document({ sections: [{ children }] }), 'uint8array'), options);
    if (!result.ok) throw new Error(result.reason);
    expect(notesPlainText(result.meeting.sections[0]!.items[0]!.notes)).toBe('Bijdragen\tHuizen\t€ 12.000');
  });

  it('keeps bold inside a paragraph as bold text', async () => {
    const rondvraag = (await importedHandWritten()).meeting.sections[1]!.items[0]!;
    expect(rondvraag.notes[0]).toMatchObject({ type: 'paragraph', content: [{ text: 'Huizen vraagt naar ' }, { text: 'de cijfers', bold: true }, { text: ' van de banenafspraak.' }] });
  });
});

describe('refusing what is not a resumé, whole', () => {
  it('refuses a letter, saying what a resumé would have', async () => {
    const result = await importResume(await letter(), options);
    expect(result).toMatchObject({ ok: false, problem: 'not-a-resume' });
    expect(!result.ok && result.reason).toMatch(/meeting name and date/);
  });

  it('refuses a document with a meeting line but neither the title nor the Algemeen table', async () => {
    const bytes = await Packer.pack(new Document({ sections: [{ children: [new Paragraph('Overleg portefeuillehouders 13 april 2023'), new Paragraph('Tekst.')] }] }), 'uint8array');
    const result = await importResume(bytes, options);
    expect(result).toMatchObject({ ok: false, problem: 'not-a-resume' });
    expect(!result.ok && result.reason).toMatch(/Algemeen table/);
  });

  it('refuses a file that is no Word document: plain text, or another zip', async () => {
    const text = await importResume(new TextEncoder().encode('RESUMÉ\nOverleg 13 april 2023'), options);
    expect(text).toMatchObject({ ok: false, problem: 'unreadable' });
    // The reason is the importer's own, not the zip library's advice with its link.
    expect(!text.ok && text.reason).toBe('not a Word document (.docx) that can be read: the file is not a .docx (zip) archive');
    const zip = await new JSZip().file('hello.txt', 'hi').generateAsync({ type: 'uint8array' });
    expect(await importResume(zip, options)).toMatchObject({ ok: false, problem: 'unreadable' });
  });
});

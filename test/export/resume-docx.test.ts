import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildResumeDocument, renderResumeDocx } from '../../shared/export/resume-docx';
import { RESUME_LABELS } from '../../shared/export/resume-labels';
import { describeAttendee } from '../../shared/export/general-table';
import { readDocx, type DocxPackage } from './docx-package';
import { find, findAll } from './xml-tree';
import { item, meeting, para, person, section } from './meeting-fixtures';
import { sampleMeeting } from './resume-fixtures';

const HYPERLINK_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

async function sampleDocx(): Promise<DocxPackage> {
  return readDocx(await renderResumeDocx(sampleMeeting()));
}

describe('the resumé DOCX', () => {
  it('is a zip handed back as a plain Uint8Array, so it needs no Node Buffer', async () => {
    const bytes = await renderResumeDocx(sampleMeeting());
    expect(Object.getPrototypeOf(bytes)).toBe(Uint8Array.prototype);
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    const docx = await readDocx(bytes);
    expect(docx.files).toEqual(expect.arrayContaining(['word/document.xml', 'word/numbering.xml', 'word/styles.xml', '[Content_Types].xml']));
  });

  it('opens with RESUMÉ in the Title style, the meeting line with its Dutch date, and the date it was drawn up', async () => {
    const { paragraphs } = await sampleDocx();
    expect(paragraphs[0]).toMatchObject({ style: 'Title', text: 'RESUMÉ' });
    expect(paragraphs[1]!.text).toBe('Overleg portefeuillehouders sociaal domein 23 februari 2023');
    expect(paragraphs[2]!.text).toBe('24 februari 2023');
    expect(paragraphs[3]!.inTable).toBe(true);
  });

  it('leaves the second date line out when the resumé has no document date', async () => {
    const { paragraphs } = await readDocx(await renderResumeDocx(meeting({ documentDate: undefined })));
    expect(paragraphs[2]!.inTable).toBe(true);
  });

  it('fills the Algemeen table row by row: attendees with municipality and portfolios, guests among the present marked as guest', async () => {
    const docx = await sampleDocx();
    // Names and municipalities are held together by no-break spaces; compared here as read.
    const rows = docx.tables[0]!.map((row) => row.map((text) => text.replace(/\u00a0/g, ' ')));
    expect(docx.tables[0]![1]![1]).toContain('Joke\u00a0Lanphen (Blaricum)');
    expect(rows).toEqual([
      ['Algemeen', 'Omschrijving'],
      ['Aanwezig', 'Joke Lanphen (Blaricum), Barbara Boudewijnse (Gooise Meren, Gezondheid en Ondersteuning, Werk & Participatie), Jelmer Kruijt (Jeugd & Onderwijs, gast)'],
      ['Afwezig', 'Roland Boom (Huizen, Onderwijs)'],
      ['Contactpersoon', 'Marielle Stitzinger'],
      ['E-mail', 'm.stitzinger@regiogv.nl'],
      ['Vertrouwelijk', 'Nee'],
      ['Kenmerk', '23.0001000'],
    ]);
    const header = findAll(docx.document, 'w:tr')[0]!;
    expect(find(header, 'w:tblHeader'), 'header row repeats on a new page').toBeDefined();
  });

  it('says Ja for a confidential meeting and writes a person without details as just the name', async () => {
    const docx = await readDocx(await renderResumeDocx(meeting({ confidential: true, attendees: [person('  Bart Heller ', 'present', ' ', ['', ' '])] })));
    const texts = docx.paragraphs.filter((p) => p.inTable).map((p) => p.text);
    expect(texts).toEqual(expect.arrayContaining(['Vertrouwelijk', 'Ja', 'Bart\u00a0Heller']));
    expect(describeAttendee(person('Fleur van der Kleij', 'present', 'Huizen', ['Jeugd']))).toBe('Fleur\u00a0van\u00a0der\u00a0Kleij (Huizen, Jeugd)');
  });

  it('gives each section a Heading 1 in capitals, each item a Heading 2 and each sub-heading a Heading 3', async () => {
    const { paragraphs } = await sampleDocx();
    const headings = paragraphs.filter((p) => p.style?.startsWith('Heading')).map((p) => [p.style, p.text]);
    expect(headings).toEqual([
      ['Heading1', 'GEZONDHEID EN ONDERSTEUNING'],
      ['Heading2', 'Agenda en mededelingen'],
      ['Heading3', 'Mededelingen'],
      ['Heading2', 'Rondvraag'],
      ['Heading1', 'JEUGD EN ONDERWIJS'],
      ['Heading2', 'Conformstukken'],
    ]);
  });

  it('declares Title and Heading 1–4 as styles, the headings with outline levels for the navigation pane', async () => {
    const { parts } = await sampleDocx();
    const styles = parts['word/styles.xml']!;
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Title">/);
    const styleOf = (id: string) => new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">.*?</w:style>`).exec(styles)?.[0];
    for (const [id, level] of [['Heading1', 0], ['Heading2', 1], ['Heading3', 2], ['Heading4', 3]] as const) {
      expect(styleOf(id), id).toContain(`<w:outlineLvl w:val="${level}"/>`);
    }
    // An item's heading is bold and larger; a sub-heading in its notes is underlined, the level under it italic.
    expect(styleOf('Heading2')).toContain('<w:b/>');
    expect(styleOf('Heading2')).toContain('<w:sz w:val="23"/>');
    expect(styleOf('Heading3')).toContain('<w:u w:val="single"/>');
    expect(styleOf('Heading3')).toContain('<w:sz w:val="21"/>');
    expect(styleOf('Heading3')).not.toContain('<w:b/>');
    expect(styleOf('Heading4')).toContain('<w:i/>');
    expect(styles).toContain('<w:lang w:val="nl-NL"/>');
    expect(styles, 'a sans-serif default, not Word\'s Times New Roman fallback').toContain('<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>');
  });

  it('names the document in its properties as a secretary would search for it', async () => {
    const { parts } = await sampleDocx();
    expect(parts['docProps/core.xml']).toContain('<dc:title>Resumé Overleg portefeuillehouders sociaal domein 23 februari 2023</dc:title>');
    expect(parts['docProps/core.xml']).toContain('<dc:creator>Notulist</dc:creator>');
  });

  it('keeps bold, italic and superscript as run properties on exactly the typed text', async () => {
    const { paragraphs } = await sampleDocx();
    const runs = paragraphs.find((p) => p.text === 'Het PFHO neemt kennis van het 18e rapport.')!.runs;
    expect(runs.map(({ text, bold, italic, superscript }) => ({ text, bold, italic, superscript }))).toEqual([
      { text: 'Het ', bold: false, italic: false, superscript: false },
      { text: 'PFHO', bold: true, italic: false, superscript: false },
      { text: ' neemt ', bold: false, italic: false, superscript: false },
      { text: 'kennis', bold: false, italic: true, superscript: false },
      { text: ' van het 18', bold: false, italic: false, superscript: false },
      { text: 'e', bold: false, italic: false, superscript: true },
      { text: ' rapport.', bold: false, italic: false, superscript: false },
    ]);
  });

  it('makes http(s) and mailto links clickable through external hyperlink relationships', async () => {
    const { paragraphs, relationships } = await sampleDocx();
    const linked = paragraphs.find((p) => p.text.startsWith('Zie de regio'))!.runs.filter((run) => run.hyperlink);
    expect(linked.map((run) => [run.text, run.style])).toEqual([['de regio', 'Hyperlink'], ['de secretaris', 'Hyperlink']]);
    expect(linked.map((run) => relationships.get(run.hyperlink!))).toEqual([
      { type: HYPERLINK_TYPE, target: 'https://www.regiogv.nl/?a=1&b=2', mode: 'External' },
      { type: HYPERLINK_TYPE, target: 'mailto:m.stitzinger@regiogv.nl', mode: 'External' },
    ]);
  });

  it('keeps the text of a link to anything else but makes it no link', async () => {
    const notes = [para({ text: 'klik', link: 'javascript:alert(1)' }, ' ', { text: 'bestand', link: 'file:///C:/geheim.docx' })];
    const docx = await readDocx(await renderResumeDocx(meeting({ sections: [section('S', item('I', ...notes))] })));
    const p = docx.paragraphs.find((q) => q.text === 'klik bestand')!;
    expect(p.runs.every((run) => run.hyperlink === undefined)).toBe(true);
    expect([...docx.relationships.values()].some((rel) => rel.type === HYPERLINK_TYPE)).toBe(false);
  });

  it('takes its Dutch words from the labels module', async () => {
    const { paragraphs } = await sampleDocx();
    const words = new Set(paragraphs.map((p) => p.text));
    for (const label of [RESUME_LABELS.title, RESUME_LABELS.general, RESUME_LABELS.description, RESUME_LABELS.present, RESUME_LABELS.absent, RESUME_LABELS.contactPerson, RESUME_LABELS.email, RESUME_LABELS.confidential, RESUME_LABELS.reference, RESUME_LABELS.no]) {
      expect(words.has(label), label).toBe(true);
    }
    const reworded = await readDocx(await renderResumeDocx(sampleMeeting(), { labels: { absent: 'Afwezig met kennisgeving' } }));
    expect(reworded.paragraphs.map((p) => p.text)).toContain('Afwezig met kennisgeving');
  });

  it('builds a docx Document without packing it, for callers that add to it', () => {
    const document = buildResumeDocument(sampleMeeting());
    expect(document.Document).toBeDefined();
  });
});

describe('the export code in shared/', () => {
  it('uses nothing from Node, so the renderer can build the same document', async () => {
    const folder = resolve(import.meta.dirname, '..', '..', 'shared', 'export');
    for (const file of await readdir(folder)) {
      // Code only: comments may well explain why there is no Buffer.
      const source = (await readFile(join(folder, file), 'utf8')).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(source, file).not.toMatch(/from ['"](node:|fs|path|os|buffer)['"/]/);
      expect(source, file).not.toMatch(/\bBuffer\b|\bprocess\./);
    }
  });
});

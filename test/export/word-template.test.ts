import JSZip from 'jszip';
import { Document, Footer, Header, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { fillWordTemplate, WordTemplateError } from '../../shared/export/word-template';
import { pandoc } from './external-tools';
import { item, list, meeting, para, section } from './meeting-fixtures';

/** A template as an organisation would make one in Word: its own header and footer, our placeholders. */
async function template(...body: Paragraph[]): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph('Regio Gooi en Vechtstreek – huisstijl')] }) },
        footers: { default: new Footer({ children: [new Paragraph('Postbus 251, 1400 AG Bussum')] }) },
        children: body,
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}
const standard = () =>
  template(new Paragraph('{{titel}}'), new Paragraph('{{vergadering}}'), new Paragraph('Kenmerk: {{kenmerk}}'), new Paragraph('{{algemeen}}'), new Paragraph('{{inhoud}}'));

const sample = () =>
  meeting({
    sections: [
      section('Jeugd en Onderwijs', item('Governance BORN', para('Het PFHO stelt het voorstel vast.'), list('numbered', 'eerste', 'tweede'))),
      section('Werk en Participatie', item('Rondvraag', list('numbered', 'opnieuw een'))),
    ],
  });

async function xml(bytes: Uint8Array, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((name) => name.startsWith(part));
  return (await Promise.all(names.map((name) => zip.file(name)!.async('string')))).join('\n');
}

describe("an organisation's own Word template", () => {
  it('is filled: its header and footer stay, the placeholders give way to the resumé', async () => {
    const bytes = await fillWordTemplate(await standard(), sample());
    expect(await xml(bytes, 'word/header')).toContain('Regio Gooi en Vechtstreek – huisstijl');
    expect(await xml(bytes, 'word/footer')).toContain('Postbus 251');
    const text = await pandoc(bytes, 'plain');
    expect(text).toContain('RESUMÉ');
    expect(text).toContain('Overleg portefeuillehouders sociaal domein 23 februari 2023');
    expect(text).toContain('Kenmerk: 23.0001000');
    expect(text).toContain('Marielle Stitzinger');
    expect(text).toContain('Het PFHO stelt het voorstel vast.');
    expect(text).not.toMatch(/\{\{|\}\}/);
  });

  it('keeps lists as real numbering, each list restarting', async () => {
    const markdown = await pandoc(await fillWordTemplate(await standard(), sample()), 'markdown');
    expect(markdown).toMatch(/^1\. +eerste$/m);
    expect(markdown).toMatch(/^2\. +tweede$/m);
    expect(markdown).toMatch(/^1\. +opnieuw een$/m);
  });

  it('finds a placeholder Word split over several runs', async () => {
    const split = await template(new Paragraph({ children: [new TextRun('{{inh'), new TextRun({ text: 'oud}}', bold: true })] }));
    expect(await pandoc(await fillWordTemplate(split, sample()), 'plain')).toContain('Het PFHO stelt het voorstel vast.');
  });

  it('reports a placeholder it does not know instead of dropping it', async () => {
    const odd = await template(new Paragraph('{{inhoud}}'), new Paragraph('{{voorzitter}} en {{locatie}}'));
    await expect(fillWordTemplate(odd, sample())).rejects.toThrow(/\{\{voorzitter\}\}, \{\{locatie\}\}/);
  });

  it('refuses a template without {{inhoud}}, or with it twice', async () => {
    await expect(fillWordTemplate(await template(new Paragraph('{{titel}}')), sample())).rejects.toThrow(WordTemplateError);
    await expect(fillWordTemplate(await template(new Paragraph('{{inhoud}}'), new Paragraph('{{inhoud}}')), sample())).rejects.toThrow(/only once/);
  });

  it('refuses a file that is not a Word document, clearly', async () => {
    await expect(fillWordTemplate(new TextEncoder().encode('not a docx'), sample())).rejects.toThrow(WordTemplateError);
  });
});

import JSZip from 'jszip';
import { Document, Footer, Header, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { exportResume } from '../../shared/export/export-resume';
import { fillWordTemplate, WordTemplateError } from '../../shared/export/word-template';
import { WORD_TEMPLATE_LIMITS } from '../../shared/export/word-template-package';
import { DEFAULT_HOUSE_STYLE } from '../../shared/model/house-style-defaults';
import { pandoc } from './external-tools';
import { item, meeting, para, section } from './meeting-fixtures';

type Part = { header?: string; footer?: string; body: (string | Paragraph)[] };

async function template({ header, footer, body }: Part): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        ...(header !== undefined ? { headers: { default: new Header({ children: [new Paragraph(header)] }) } } : {}),
        ...(footer !== undefined ? { footers: { default: new Footer({ children: [new Paragraph(footer)] }) } } : {}),
        children: body.map((p) => (typeof p === 'string' ? new Paragraph(p) : p)),
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}

const sample = () => meeting({ sections: [section('Jeugd en Onderwijs', item('Governance BORN', para('Het PFHO stelt het voorstel vast.')))] });

async function refusal(bytes: Uint8Array): Promise<WordTemplateError> {
  const error = await fillWordTemplate(bytes, sample()).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WordTemplateError);
  return error as WordTemplateError;
}

async function parts(bytes: Uint8Array, pattern: RegExp): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  return Promise.all(Object.keys(zip.files).filter((name) => pattern.test(name)).sort().map((name) => zip.file(name)!.async('string')));
}

const textOf = (xml: string) => xml.replace(/<[^>]+>/g, '');

describe('an own Word template, without silent surprises', () => {
  it('refuses {{inhoud}} or {{algemeen}} in a header or footer instead of repeating the resumé on every page', async () => {
    const inHeader = await refusal(await template({ header: 'Regio {{inhoud}}', body: ['{{titel}}'] }));
    expect(inHeader).toMatchObject({ problem: 'block-outside-body', placeholders: ['{{inhoud}}'], message: expect.stringMatching(/stands in a header/) });
    const inFooter = await refusal(await template({ footer: '{{algemeen}}', body: ['{{inhoud}}'] }));
    expect(inFooter).toMatchObject({ problem: 'block-outside-body', placeholders: ['{{algemeen}}'] });
  });

  it('refuses a block placeholder in the body and again in a header as used twice', async () => {
    const twice = await template({ header: '{{titel}}', body: ['{{inhoud}}', new Paragraph({ children: [new TextRun('{{inh'), new TextRun('oud}}')] })] });
    expect(await refusal(twice)).toMatchObject({ problem: 'used-twice' });
  });

  it('refuses text beside a block placeholder, naming the text that would have gone', async () => {
    const error = await refusal(await template({ body: ['Inhoud: {{inhoud}} (einde)'] }));
    expect(error.problem).toBe('text-beside-block');
    expect(error.message).toContain('"Inhoud: … (einde)"');
  });

  it('puts "Vertrouwelijk" on every page of the confidential version: in the template\'s headers, or a header of its own', async () => {
    const confidential = meeting({ sections: [{ ...section('Jeugd en Onderwijs', item('Geheim', para('Niet openbaar.'))), confidential: true }] });
    const withHeader = await exportResume(confidential, DEFAULT_HOUSE_STYLE, { public: false, wordTemplate: await template({ header: 'Regio huisstijl', body: ['{{inhoud}}'] }) });
    expect(withHeader.confidential).toBe(true);
    expect((await parts(withHeader.bytes, /^word\/header/)).map(textOf)).toEqual(['VertrouwelijkRegio huisstijl']);

    const bare = await exportResume(confidential, DEFAULT_HOUSE_STYLE, { public: false, wordTemplate: await template({ body: ['{{inhoud}}'] }) });
    const [document] = await parts(bare.bytes, /^word\/document\.xml$/);
    const [rels] = await parts(bare.bytes, /^word\/_rels\/document\.xml\.rels$/);
    const [types] = await parts(bare.bytes, /^\[Content_Types\]\.xml$/);
    const reference = /<w:headerReference w:type="default" r:id="([^"]+)"/.exec(document!)?.[1];
    const target = new RegExp(`Id="${reference}"[^>]*Target="([^"]+)"`).exec(rels!)?.[1];
    expect(target).toBeDefined();
    expect(types).toContain(`PartName="/word/${target}"`);
    expect(textOf((await parts(bare.bytes, new RegExp(`^word/${target}$`)))[0]!)).toBe('Vertrouwelijk');
    expect(await pandoc(bare.bytes, 'plain')).toContain('Niet openbaar.');

    const publicVersion = await exportResume(confidential, DEFAULT_HOUSE_STYLE, { public: true, wordTemplate: await template({ header: 'Regio huisstijl', body: ['{{inhoud}}'] }) });
    expect((await parts(publicVersion.bytes, /^word\/header/)).map(textOf)).toEqual(['Regio huisstijl']);
  });

  it('turns a .dotx into a document, so the export opens as a document and not as a new one from a template', async () => {
    const zip = await JSZip.loadAsync(await template({ header: 'Regio', body: ['{{inhoud}}'] }));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types.replace('wordprocessingml.document.main+xml', 'wordprocessingml.template.main+xml'));
    const dotx = await zip.generateAsync({ type: 'uint8array' });
    const [filledTypes] = await parts(await fillWordTemplate(dotx, sample()), /^\[Content_Types\]\.xml$/);
    expect(filledTypes).toContain('wordprocessingml.document.main+xml');
    expect(filledTypes).not.toContain('template.main+xml');
  });

  it('says "not a Word document" for a zip without one and for an .odt renamed to .docx', async () => {
    const empty = new JSZip();
    empty.file('readme.txt', 'hallo');
    expect(await refusal(await empty.generateAsync({ type: 'uint8array' }))).toMatchObject({ problem: 'unreadable', message: expect.stringMatching(/not a Word document/) });
    const odt = new JSZip();
    odt.file('mimetype', 'application/vnd.oasis.opendocument.text');
    odt.file('content.xml', '<office:document-content/>');
    expect(await refusal(await odt.generateAsync({ type: 'uint8array' }))).toMatchObject({ problem: 'unreadable', message: expect.stringMatching(/not a Word document but an OpenDocument file/) });
    expect(await refusal(new TextEncoder().encode('plain text'))).toMatchObject({ problem: 'unreadable', message: expect.stringMatching(/not a Word document/) });
  });

  it('writes placeholders typed into the meeting as text, never filling them in', async () => {
    const typed = meeting({ name: 'Overleg {{kenmerk}}', sections: [section('Tafel {{naam}}', item('Punt {{inhoud}}', para('Zie {{algemeen}} en {x}.')))] });
    const filled = await fillWordTemplate(await template({ header: '{{vergadering}}', body: ['{{naam}} / {{kenmerk}}', '{{inhoud}}'] }), typed);
    const text = await pandoc(filled, 'plain');
    expect(text).toContain(`Overleg {{kenmerk}} / ${typed.reference}`);
    expect(text).toContain('Punt {{inhoud}}');
    expect(text).toContain('Zie {{algemeen}} en {x}.');
    expect(text.toUpperCase()).toContain('TAFEL {{NAAM}}');
    expect(textOf((await parts(filled, /^word\/header/)).join(''))).toContain('Overleg {{kenmerk}} ');
    expect((await parts(filled, /\.(xml|rels)$/)).join('')).not.toMatch(/[\uE000\uE001]/);
  });
});

describe('an own Word template that is too big', () => {
  it('is refused by its file size before it is opened', async () => {
    const error = await refusal(new Uint8Array(WORD_TEMPLATE_LIMITS.fileBytes + 1));
    expect(error).toMatchObject({ problem: 'too-large', message: expect.stringMatching(/at most 10 MB/) });
  });

  it('is refused when a zip bomb declares its unzipped size, before anything is inflated', async () => {
    const bomb = new JSZip();
    bomb.file('word/document.xml', new Uint8Array(WORD_TEMPLATE_LIMITS.unzippedBytes + 1024));
    const bytes = await bomb.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bytes.length).toBeLessThan(200 * 1024);
    expect(await refusal(bytes)).toMatchObject({ problem: 'too-large', message: expect.stringMatching(/unzips to/) });
  });

  it('is refused when a zip bomb lies about its size in the central directory, once the limit is inflated', async () => {
    const bomb = new JSZip();
    bomb.file('[Content_Types].xml', '<Types/>');
    bomb.file('word/media/image1.png', new Uint8Array(WORD_TEMPLATE_LIMITS.unzippedBytes + 1024 * 1024));
    const bytes = await bomb.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // The image's local header (PK\3\4) and central directory entry (PK\1\2) now claim 1 KB unzipped.
    const claimSmall = (at: number) => view.getUint32(at, true) > 1024 * 1024 && view.setUint32(at, 1024, true);
    for (let at = 0; at + 4 <= bytes.length; at++) {
      const signature = view.getUint32(at, true);
      if (signature === 0x04034b50) claimSmall(at + 22);
      if (signature === 0x02014b50) claimSmall(at + 24);
    }
    expect(await refusal(bytes)).toMatchObject({ problem: 'too-large', message: expect.stringMatching(/more than 50 MB/) });
  });
});

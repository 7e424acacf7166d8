import { describe, expect, it } from 'vitest';
import { renderResumeDocx } from '../../shared/export/resume-docx';
import { linkTarget, xmlSafeText } from '../../shared/export/docx-text';
import type { Block, ListBlock } from '../../shared/model/rich-text';
import { readDocx } from './docx-package';
import { HAS_PANDOC, NO_SOFFICE, SOFFICE, pandoc, sofficeConvert } from './external-tools';
import { heading, item, list, meeting, para, person, section } from './meeting-fixtures';

/** Text a secretary (or a paste from anywhere) can put in a meeting, and what must come out. */
const SPECIALS = `Tom & Jerry <b>"vet"</b> 'enkel' ]]> &amp; <![CDATA[x]]> <!-- c -->`;
const CONTROLS = 'a\u0000b\u0001c\u0008d\u000Ee\u001Ff\u007Fg\u0085h\uFFFEi\uFFFFj\uD800k\uDC00l';
const CONTROLS_WRITTEN = 'abcdefg\nhijkl'; // NEL is a line break; the rest cannot be XML
const EMOJI_RTL = '👩‍⚖️ 🇳🇱 😀 café (e\u0301) שלום עולם مرحبا بالعالم';
const LINES = 'regel 1\nregel 2\r\nregel 3\rregel 4\u2028regel 5';
const HOSTILE_HREF = 'https://example.org/a b"c<d>é?q=1&r=%zz\u0001';

function hostileMeeting() {
  return meeting({
    name: `PFHO ${SPECIALS}`,
    reference: `23.0001000 ${CONTROLS}`,
    contactPerson: EMOJI_RTL,
    contactEmail: 'a&b@example.org',
    attendees: [person(`Naam ${SPECIALS}`, 'present', `Gemeente ${CONTROLS}`, [EMOJI_RTL])],
    sections: [
      section(
        `Sectie ${SPECIALS}`,
        item(
          `Punt ${EMOJI_RTL}`,
          heading(`Kop ${CONTROLS}`),
          para(SPECIALS),
          para(CONTROLS),
          para(EMOJI_RTL),
          para(LINES),
          para('kolom1\tkolom2'),
          para({ text: `link ${SPECIALS}`, link: HOSTILE_HREF, bold: true }),
          list('numbered', SPECIALS, [para(CONTROLS), list('lettered', EMOJI_RTL)]),
        ),
      ),
    ],
  });
}

describe('hostile text in the resumé DOCX', () => {
  it('yields well-formed XML in every part of the package', async () => {
    // readDocx parses every .xml and .rels part strictly and throws on anything malformed.
    const docx = await readDocx(await renderResumeDocx(hostileMeeting()));
    expect(docx.paragraphs.length).toBeGreaterThan(10);
  });

  it('keeps XML specials, emoji and right-to-left text exactly as typed', async () => {
    const texts = (await readDocx(await renderResumeDocx(hostileMeeting()))).paragraphs.map((p) => p.text);
    expect(texts).toContain(SPECIALS);
    expect(texts).toContain(EMOJI_RTL);
    expect(texts).toContain(`PFHO ${SPECIALS} 23 februari 2023`);
    expect(texts).toContain(`SECTIE ${SPECIALS.toUpperCase()}`);
    expect(texts).toContain(`Punt ${EMOJI_RTL}`);
    // A name and a municipality are kept on one line with no-break spaces.
    expect(texts.map((text) => text.replace(/\u00a0/g, ' '))).toContain(`Naam ${SPECIALS} (Gemeente ${CONTROLS_WRITTEN}, ${EMOJI_RTL})`);
  });

  it('drops the characters XML cannot hold and keeps everything around them', async () => {
    const docx = await readDocx(await renderResumeDocx(hostileMeeting()));
    const texts = docx.paragraphs.map((p) => p.text);
    expect(texts).toContain(CONTROLS_WRITTEN);
    expect(texts).toContain(`Kop ${CONTROLS_WRITTEN}`);
    expect(texts).toContain(`23.0001000 ${CONTROLS_WRITTEN}`);
    expect(xmlSafeText(CONTROLS)).toBe('abcdefg hijkl');
  });

  it('turns newlines of every kind into line breaks and tabs into tabs', async () => {
    const docx = await readDocx(await renderResumeDocx(hostileMeeting()));
    expect(docx.paragraphs.map((p) => p.text)).toContain('regel 1\nregel 2\nregel 3\nregel 4\nregel 5');
    expect(docx.parts['word/document.xml']).toMatch(/<w:t xml:space="preserve">kolom1<\/w:t><w:tab\/><w:t xml:space="preserve">kolom2<\/w:t>/);
  });

  it('writes a link whose target is not a clean URI percent-encoded, still clickable', async () => {
    const docx = await readDocx(await renderResumeDocx(hostileMeeting()));
    const run = docx.paragraphs.find((p) => p.text === `link ${SPECIALS}`)!.runs[0]!;
    expect(run.bold).toBe(true);
    expect(docx.relationships.get(run.hyperlink!)?.target).toBe('https://example.org/a%20b%22c%3Cd%3E%C3%A9?q=1&r=%25zz');
    expect(linkTarget(' mailto:a@b.nl ')).toBe('mailto:a@b.nl');
    expect(linkTarget('JavaScript:alert(1)')).toBeUndefined();
  });

  it('copes with empty sections, items, notes, paragraphs, lists and list items', async () => {
    const emptyItem: ListBlock = { id: 'l-empty', type: 'list', style: 'numbered', items: [{ id: 'li-empty', content: [] }, { id: 'li-2', content: [para('twee')] }] };
    const docx = await readDocx(
      await renderResumeDocx(
        meeting({
          attendees: [],
          contactPerson: '',
          contactEmail: '',
          reference: '',
          sections: [
            section(''),
            section('Zonder punten'),
            section('S', item(''), item('Zonder notities'), item('Leeg', para(), heading(''), list('bullet'), emptyItem, para({ text: '' }), para({ text: '', link: 'https://x.nl' }))),
          ],
        }),
      ),
    );
    expect(docx.paragraphs.filter((p) => p.style?.startsWith('Heading')).map((p) => p.text)).toEqual(['ZONDER PUNTEN', 'S', 'Zonder notities', 'Leeg']);
    // The empty list item keeps its number, so "twee" is still 2.
    expect(docx.paragraphs.filter((p) => p.numId !== undefined).map((p) => p.text)).toEqual(['', 'twee']);
    expect(docx.tables[0]!.slice(1).map((row) => row[1])).toEqual(['', '', '', '', 'Nee', '']);
  });

  it('writes a 100,000-character paragraph whole', async () => {
    const long = 'lang '.repeat(19_999) + 'einde';
    expect(long.length).toBe(100_000);
    const bytes = await renderResumeDocx(meeting({ sections: [section('S', item('I', para(long)))] }));
    expect((await readDocx(bytes)).paragraphs.map((p) => p.text)).toContain(long);
    if (HAS_PANDOC) expect((await pandoc(bytes, 'plain')).replace(/\s+/g, ' ')).toContain(long);
  });

  it('draws lists nested deeper than Word allows at its deepest level, losing no text', async () => {
    let nested: Block = list('numbered', 'diepst');
    for (let depth = 11; depth >= 0; depth -= 1) nested = list('numbered', [para(`niveau ${depth}`), nested]);
    const docx = await readDocx(await renderResumeDocx(meeting({ sections: [section('S', item('I', nested))] })));
    const levels = docx.paragraphs.filter((p) => p.numId !== undefined).map((p) => [p.text, p.ilvl]);
    expect(levels[0]).toEqual(['niveau 0', 0]);
    expect(levels[8]).toEqual(['niveau 8', 8]);
    expect(levels.at(-1)).toEqual(['diepst', 8]);
    expect(levels).toHaveLength(13);
  });

  it('writes a date that does not exist as typed instead of failing the export', async () => {
    // The schema refuses such dates now; a file from before, handed to the builder as it is, still exports.
    const docx = await readDocx(await renderResumeDocx({ ...meeting(), date: '2023-02-30', documentDate: '2023-13-01' }));
    expect(docx.paragraphs[1]!.text).toBe('Overleg portefeuillehouders sociaal domein 2023-02-30');
    expect(docx.paragraphs[2]!.text).toBe('2023-13-01');
  });

  it.skipIf(!HAS_PANDOC)('is read by pandoc with every hostile string intact', async () => {
    const text = await pandoc(await renderResumeDocx(hostileMeeting()), 'plain');
    for (const expected of ['Tom & Jerry <b>"vet"</b>', "'enkel' ]]> &amp; <![CDATA[x]]> <!-- c -->", '👩‍⚖️ 🇳🇱 😀', 'שלום עולם', 'مرحبا بالعالم', 'abcdefg']) {
      expect(text).toContain(expected);
    }
  });

  it('is opened by LibreOffice with every hostile string intact, a 100,000-character paragraph too', { timeout: 180_000 }, async (ctx) => {
    ctx.skip(!SOFFICE, NO_SOFFICE);
    const long = 'lang '.repeat(19_999) + 'einde';
    const fixture = hostileMeeting();
    fixture.sections[0]!.items[0]!.notes.push(para(long));
    const text = (await sofficeConvert(await renderResumeDocx(fixture), 'txt:Text (encoded):UTF8')).toString('utf8');
    for (const expected of [SPECIALS, EMOJI_RTL, CONTROLS_WRITTEN.replace('\n', ' '), long]) expect(text.replace(/\s+/g, ' ')).toContain(expected);
  });
});

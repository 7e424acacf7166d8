import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportOptionsFrom, exportResume } from '../../shared/export/export-resume';
import { hasConfidentialContent, publicVersion } from '../../shared/export/public-version';
import { renderResumeDocx } from '../../shared/export/resume-docx';
import { DEFAULT_HOUSE_STYLE } from '../../shared/model/house-style-defaults';
import { item, meeting, para, section } from './meeting-fixtures';

/** Notulist's own logo, as a PNG an organisation might upload. */
const LOGO_PNG_BASE64 = readFileSync(join(import.meta.dirname, '..', '..', 'assets', 'logo.png')).toString('base64');

async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) if (/\.(xml|rels)$/.test(name)) out[name] = await zip.file(name)!.async('string');
  out.media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/')).join(',');
  return out;
}
const joined = (p: Record<string, string>, prefix: string) => Object.entries(p).filter(([n]) => n.startsWith(prefix)).map(([, x]) => x).join('\n');

function withConfidential() {
  return meeting({
    sections: [
      section('Jeugd en Onderwijs', item('Openbaar punt', para('Iedereen mag dit lezen.')), { ...item('Geheim punt', para('Personeelszaak van Huizen.')), confidential: true }),
      { ...section('Werk en Participatie', item('Vertrouwelijke tafel', para('Onderhandelingspositie.'))), confidential: true },
    ],
  });
}

describe('the house style from the organisation\'s settings', () => {
  it('puts the organisation\'s logo in the header and "Pagina X van Y" as page fields in the footer', async () => {
    const png = `data:image/png;base64,${LOGO_PNG_BASE64}`;
    const houseStyle = { ...DEFAULT_HOUSE_STYLE, logoDataUrl: png };
    const p = await parts(await renderResumeDocx(meeting({ sections: [section('Jeugd en Onderwijs', item('Punt'))] }), exportOptionsFrom(houseStyle, false)));
    expect(p.media).toMatch(/word\/media\/.+\.png/);
    expect(joined(p, 'word/header')).toContain('<pic:pic');
    const footer = joined(p, 'word/footer');
    expect(footer).toContain('Pagina ');
    expect(footer).toMatch(/PAGE[\s\S]*NUMPAGES/);
    expect(joined(p, 'word/header')).not.toContain('Vertrouwelijk');
  });

  it('carries no logo at all while the organisation has set none: never Notulist\'s own', async () => {
    const file = await exportResume(meeting({ sections: [section('Jeugd en Onderwijs', item('Punt'))] }), DEFAULT_HOUSE_STYLE, { public: false, organisationName: 'Regio Gooi en Vechtstreek' });
    const p = await parts(file.bytes);
    expect(p.media).toBe('');
    expect(joined(p, 'word/header')).not.toContain('<pic:pic');
    expect(joined(p, 'word/header')).toContain('Regio Gooi en Vechtstreek');
    expect(exportOptionsFrom(DEFAULT_HOUSE_STYLE, false).logo).toBeUndefined();
  });

  it('names the organisation beside the logo', async () => {
    const file = await exportResume(meeting({ sections: [section('Jeugd en Onderwijs', item('Punt'))] }), DEFAULT_HOUSE_STYLE, { public: false, organisationName: 'Regio Gooi en Vechtstreek' });
    expect(joined(await parts(file.bytes), 'word/header')).toContain('Regio Gooi en Vechtstreek');
  });

  it('applies font, size and heading case from the settings, and can leave the logo out', async () => {
    const houseStyle = { ...DEFAULT_HOUSE_STYLE, font: 'Verdana', bodySizePt: 11, headingCase: 'as-typed' as const, showLogo: false, footerText: 'Regio Gooi en Vechtstreek – {pagina}' };
    const p = await parts(await renderResumeDocx(meeting({ sections: [section('Jeugd en Onderwijs', item('Punt'))] }), exportOptionsFrom(houseStyle, false)));
    expect(p['word/styles.xml']).toContain('w:ascii="Verdana"');
    expect(p['word/styles.xml']).toMatch(/<w:sz w:val="22"\/>/);
    expect(p['word/document.xml']).toContain('>Jeugd en Onderwijs<');
    expect(p.media).toBe('');
    expect(joined(p, 'word/footer')).toContain('Regio Gooi en Vechtstreek – ');
  });

  it('words the Algemeen table as the organisation does', async () => {
    const houseStyle = { ...DEFAULT_HOUSE_STYLE, tableLabels: { ...DEFAULT_HOUSE_STYLE.tableLabels, present: 'Aanwezigen', absent: 'Afwezig met kennisgeving' } };
    const doc = (await parts(await renderResumeDocx(meeting(), exportOptionsFrom(houseStyle, false))))['word/document.xml']!;
    expect(doc).toContain('>Aanwezigen<');
    expect(doc).toContain('>Afwezig met kennisgeving<');
  });

  it('uses the organisation\'s own logo when one is set', async () => {
    const png = `data:image/png;base64,${LOGO_PNG_BASE64}`;
    const options = exportOptionsFrom({ ...DEFAULT_HOUSE_STYLE, logoDataUrl: png, logoWidth: 100, logoHeight: 25 }, false);
    expect(options.logo?.data).toEqual(Uint8Array.from(Buffer.from(LOGO_PNG_BASE64, 'base64')));
    expect(options.logo).toMatchObject({ type: 'png', width: 100, height: 25 });
    expect([...(options.logo?.data.subarray(1, 4) ?? [])]).toEqual([0x50, 0x4e, 0x47]);
  });
});

describe('public and confidential versions from one record', () => {
  it('leaves confidential tables and items out of the public version', async () => {
    const m = withConfidential();
    expect(hasConfidentialContent(m)).toBe(true);
    const pub = await exportResume(m, DEFAULT_HOUSE_STYLE, { public: true });
    expect(pub.confidential).toBe(false);
    expect(pub.fileName).toBe('2023-02-23 Resumé Overleg portefeuillehouders sociaal domein.docx');
    const doc = (await parts(pub.bytes))['word/document.xml']!;
    expect(doc).toContain('Iedereen mag dit lezen.');
    for (const secret of ['Geheim punt', 'Personeelszaak', 'WERK EN PARTICIPATIE', 'Onderhandelingspositie']) expect(doc).not.toContain(secret);
    expect(hasConfidentialContent(publicVersion(m))).toBe(false);
  });

  it('marks the full version "Vertrouwelijk" on every page, in the table and in its file name', async () => {
    const full = await exportResume(withConfidential(), DEFAULT_HOUSE_STYLE, { public: false });
    expect(full.confidential).toBe(true);
    expect(full.fileName).toBe('2023-02-23 Resumé Overleg portefeuillehouders sociaal domein (vertrouwelijk).docx');
    const p = await parts(full.bytes);
    expect(joined(p, 'word/header')).toContain('Vertrouwelijk');
    expect(p['word/document.xml']).toContain('Onderhandelingspositie.');
    expect(p['word/document.xml']).toMatch(/Vertrouwelijk<\/w:t>[\s\S]*?>Ja</);
  });

  it('exports a meeting without confidential content once, unmarked', async () => {
    const file = await exportResume(meeting({ sections: [section('Jeugd en Onderwijs', item('Punt'))] }), DEFAULT_HOUSE_STYLE, { public: false });
    expect(file).toMatchObject({ confidential: false, fileName: '2023-02-23 Resumé Overleg portefeuillehouders sociaal domein.docx' });
  });
});

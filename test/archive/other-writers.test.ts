import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { importResume } from '../../shared/archive/import/resume-import';
import { notesPlainText } from '../../shared/model/rich-text';
import { HAS_PANDOC, SOFFICE, sofficeConvert } from '../export/external-tools';
import { useTempDirs } from '../support/temp-workspace';
import { comparable, exported, realMeeting } from './import-fixtures';

const options = { fileName: 'resume.docx', hash: 'abc', now: new Date('2026-12-05T10:00:00.000Z') };

/** A resumé as pandoc writes it from Markdown: its own styles, lists and a pipe table. */
const MARKDOWN = `---
title: Resumé
---

**Overleg portefeuillehouders sociaal domein 13 april 2023**

| Algemeen | Omschrijving |
|---|---|
| Aanwezig | Joke Lanphen (Blaricum), Gerben van Voorden (Hilversum, Jeugd) |
| Kenmerk | 23.0002000 |

# Jeugd en Onderwijs

## Jeugdhulp met verblijf

De voortgang wordt besproken:

- kleinschalige voorzieningen
    1. gezinshuizen
    2. ambulante hulp
- [de rapportage](https://www.regiogv.nl/rapportage)

Voorstel 1. Instemmen met de voortgangsrapportage.

Het portefeuillehoudersoverleg stelt het voorstel vast.
`;

describe('importing resumés written by other programs', () => {
  const tempDir = useTempDirs();

  it.skipIf(!SOFFICE)('reads the real resumé the same after LibreOffice saved it again as .docx', async () => {
    const original = await realMeeting();
    const resaved = await sofficeConvert(await exported(original), 'docx:MS Word 2007 XML');
    const result = await importResume(new Uint8Array(resaved), options);
    if (!result.ok) throw new Error(result.reason);
    expect(comparable(result.meeting)).toEqual(comparable(original));
  }, 120_000);

  it.skipIf(!HAS_PANDOC)('reads a resumé pandoc wrote from Markdown: headings, nested lists, a link, the Algemeen table, proposal and decision', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'resume.md'), MARKDOWN);
    await promisify(execFile)('pandoc', [join(dir, 'resume.md'), '-o', join(dir, 'resume.docx')]);
    const result = await importResume(new Uint8Array(await readFile(join(dir, 'resume.docx'))), options);
    if (!result.ok) throw new Error(result.reason);
    const { meeting } = result;
    expect([meeting.date, meeting.reference, meeting.attendees.map((attendee) => attendee.name)]).toEqual(['2023-04-13', '23.0002000', ['Joke Lanphen', 'Gerben van Voorden']]);
    const item = meeting.sections[0]!.items[0]!;
    expect([meeting.sections[0]!.title, item.title, item.proposals.map((p) => p.text), item.decision]).toEqual([
      'Jeugd en Onderwijs',
      'Jeugdhulp met verblijf',
      ['Instemmen met de voortgangsrapportage.'],
      'Het portefeuillehoudersoverleg stelt het voorstel vast.',
    ]);
    expect(item.notes[1]).toMatchObject({ type: 'list', style: 'bullet', items: [{ content: [{}, { type: 'list', style: 'numbered' }] }, { content: [{ content: [{ text: 'de rapportage', link: 'https://www.regiogv.nl/rapportage' }] }] }] });
    expect(notesPlainText(item.notes)).toBe('De voortgang wordt besproken:\nkleinschalige voorzieningen\ngezinshuizen\nambulante hulp\nde rapportage');
  });
});

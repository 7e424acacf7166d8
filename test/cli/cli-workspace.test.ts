import JSZip from 'jszip';
import { Document, Header, Packer, Paragraph } from 'docx';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMeeting } from '../../shared/agenda/new-meeting';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { runCli } from '../../electron/cli/main';
import { createNotulistCore } from '../../electron/core/notulist-core';
import { useTempDirs } from '../support/temp-workspace';

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) }, env);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/**
 * The parts that carry the document's text and look; docProps holds the moment of writing, and
 * the docx library numbers drawings with a counter per process.
 */
async function visibleParts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((name) => /^word\/(document|header\d*|footer\d*|styles|numbering)\.xml$/.test(name));
  return Object.fromEntries(await Promise.all(names.sort().map(async (name) => [name, (await zip.file(name)!.async('string')).replace(/ id="\d+"/g, ' id="n"')] as const)));
}

/** The text of those parts, runs joined. */
const textOf = (parts: Record<string, string>) => Object.values(parts).join('').replace(/<[^>]+>/g, '');

async function ownTemplate(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [{ headers: { default: new Header({ children: [new Paragraph('{{organisatie}} – {{vergadering}}')] }) }, children: [new Paragraph('{{inhoud}}')] }],
  });
  return Packer.pack(doc, 'uint8array');
}

/** A workspace as the app leaves it, with one meeting, and that meeting as a file for the CLI. */
async function workspaceWithMeeting(workspace: string) {
  const core = await createNotulistCore({ workspaceDir: workspace, appVersion: '0.0.0-test', now: () => new Date('2023-02-24T10:00:00Z') });
  const meeting = await core.createMeeting({ name: 'Overleg portefeuillehouders sociaal domein', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] });
  const settings = await core.getSettings(undefined);
  await core.updateSettings({ organisationName: 'Regio Testland', houseStyle: { ...settings.houseStyle, font: 'Georgia', footerText: 'Testland – pagina {pagina}' } });
  const file = join(workspace, 'meeting-for-cli.json');
  await writeFile(file, JSON.stringify(meeting));
  return { core, meeting, file };
}

describe('notulist export with a workspace', () => {
  const tempDir = useTempDirs();

  it('writes the very document the app writes, with the workspace\'s house style and organisation name', async () => {
    const workspace = await tempDir();
    const { core, meeting, file } = await workspaceWithMeeting(workspace);
    const fromApp = await core.exportMeeting({ id: meeting.id });
    const fromCli = await cli(['export', file, '--workspace', workspace, '-o', join(workspace, 'cli.docx')]);
    expect(fromCli).toMatchObject({ code: 0, err: '' });
    const appParts = await visibleParts(await readFile(fromApp.path));
    expect(await visibleParts(await readFile(fromCli.out))).toEqual(appParts);
    expect(Object.values(appParts).join('')).toContain('Georgia');
    expect(textOf(appParts)).toContain('Regio Testland');
  });

  it('fills the workspace\'s own Word template as the app does, found through NOTULIST_HOME', async () => {
    const workspace = await tempDir();
    const { core, meeting, file } = await workspaceWithMeeting(workspace);
    const chosen = await core.setWordTemplate({ fileName: 'huisstijl.docx', base64: Buffer.from(await ownTemplate()).toString('base64') });
    expect(chosen.ok).toBe(true);
    const fromApp = await core.exportMeeting({ id: meeting.id });
    const fromCli = await cli(['export', file, '-o', join(workspace, 'cli.docx')], { NOTULIST_HOME: workspace });
    expect(fromCli.code).toBe(0);
    const cliParts = await visibleParts(await readFile(fromCli.out));
    expect(cliParts).toEqual(await visibleParts(await readFile(fromApp.path)));
    expect(textOf(cliParts)).toContain('Regio Testland – Overleg portefeuillehouders sociaal domein 23 februari 2023');
  });

  it('without a workspace writes what a new workspace would, and takes the organisation\'s name for the run', async () => {
    const fresh = await tempDir();
    const core = await createNotulistCore({ workspaceDir: fresh, appVersion: '0.0.0-test', now: () => new Date('2023-02-24T10:00:00Z') });
    const meeting = await core.createMeeting({ name: 'PFHO', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] });
    const dir = await tempDir();
    const file = join(dir, 'meeting.json');
    await writeFile(file, JSON.stringify(meeting));
    const plain = await cli(['export', file, '-o', join(dir, 'plain.docx')]);
    expect(await visibleParts(await readFile(plain.out))).toEqual(await visibleParts(await readFile((await core.exportMeeting({ id: meeting.id })).path)));

    const template = join(dir, 'own.docx');
    await writeFile(template, await ownTemplate());
    const named = await cli(['export', file, '--template', template, '--organisation', 'Regio Eigenland', '-o', join(dir, 'named.docx')]);
    expect(named.code).toBe(0);
    expect(textOf(await visibleParts(await readFile(named.out)))).toContain('Regio Eigenland – PFHO 23 februari 2023');
  });

  it('says in one line that a folder is not a workspace, and writes nothing', async () => {
    const dir = await tempDir();
    const file = join(dir, 'meeting.json');
    await writeFile(file, JSON.stringify(createMeeting({ name: 'PFHO', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] }, DEFAULT_SETTINGS, new Date())));
    const result = await cli(['export', file, '--workspace', join(dir, 'nowhere'), '-o', join(dir, 'out.docx')]);
    expect(result).toMatchObject({ code: 3, err: `notulist: workspace ${join(dir, 'nowhere')}: ${join(dir, 'nowhere')} is not a Notulist workspace (it has no notulist.json)` });
    await expect(readFile(join(dir, 'out.docx'))).rejects.toThrow();
  });
});

describe('notulist export with a template that is too big', () => {
  const tempDir = useTempDirs();

  it('refuses it by its size before reading it, in one English line', async () => {
    const dir = await tempDir();
    const file = join(dir, 'meeting.json');
    await writeFile(file, JSON.stringify(createMeeting({ name: 'PFHO', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] }, DEFAULT_SETTINGS, new Date())));
    const big = join(dir, 'big.docx');
    await writeFile(big, new Uint8Array(11 * 1024 * 1024));
    expect(await cli(['export', file, '--template', big])).toMatchObject({ code: 1, err: `notulist: template ${big}: the template is 11 MB; at most 10 MB is accepted` });
  });
});

describe('notulist and dates that do not exist', () => {
  const tempDir = useTempDirs();

  it('refuses 2026-02-31 in validate and export with the date in an English message', async () => {
    const dir = await tempDir();
    const file = join(dir, 'meeting.json');
    const meeting = createMeeting({ name: 'PFHO', date: '2026-02-28', domains: ['jeugd-en-onderwijs'] }, DEFAULT_SETTINGS, new Date());
    await writeFile(file, JSON.stringify({ ...meeting, date: '2026-02-31' }));
    for (const command of ['validate', 'export']) {
      const result = await cli([command, file]);
      expect(result.code).toBe(1);
      expect(result.err).toBe(`notulist: ${file} is not a valid meeting file\n  date: 2026-02-31 is not a date that exists`);
    }
  });
});

import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { PENDING_EXPORT_COPIES_FILE } from '../../electron/core/exports/export-copies';
import { copyExportToSyncFolder, placeNew } from '../../electron/core/exports/export-copy';
import { EXPORT_COPY_FOLDER, exportCopyFolder, numberedFileName } from '../../shared/export/export-copy';
import { openCoreClient } from '../support/open-core-client';
import { useTempDirs } from '../support/temp-workspace';

const tempDir = useTempDirs();
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

const NAME = '2026-03-05 Resumé Overleg.docx';

describe('where an export is copied in the shared folder', () => {
  it('files it under Resumés and the year of the meeting', () => {
    expect(exportCopyFolder('2026-03-05')).toEqual([EXPORT_COPY_FOLDER, '2026']);
    expect(EXPORT_COPY_FOLDER).toBe('Resumés');
  });

  it('numbers a taken name before its extension', () => {
    expect([1, 2, 3].map((n) => numberedFileName(NAME, n))).toEqual([NAME, '2026-03-05 Resumé Overleg (2).docx', '2026-03-05 Resumé Overleg (3).docx']);
  });
});

describe('copying an export into the shared folder', () => {
  async function exported(bytes: string) {
    const root = await tempDir();
    const shared = join(root, 'shared');
    await mkdir(shared);
    const source = join(root, 'export.docx');
    await writeFile(source, bytes);
    return { root, shared, source, year: join(shared, 'Resumés', '2026') };
  }

  it('copies it under its year, and a second copy of the same bytes is the same file', async () => {
    const { shared, source, year } = await exported('resumé');
    const first = await copyExportToSyncFolder(shared, { source, fileName: NAME, date: '2026-03-05' });
    expect(first).toBe(join(year, NAME));
    expect(await readFile(first, 'utf8')).toBe('resumé');
    expect(await copyExportToSyncFolder(shared, { source, fileName: NAME, date: '2026-03-05' })).toBe(first);
    expect(await readdir(year)).toEqual([NAME]);
  });

  it("never overwrites someone else's file of that name: the copy is numbered", async () => {
    const { shared, source, year } = await exported('mijn resumé');
    await mkdir(year, { recursive: true });
    await writeFile(join(year, NAME), 'van een collega');
    const copied = await copyExportToSyncFolder(shared, { source, fileName: NAME, date: '2026-03-05' });
    expect(copied).toBe(join(year, '2026-03-05 Resumé Overleg (2).docx'));
    expect(await readFile(join(year, NAME), 'utf8')).toBe('van een collega');
    expect(await readFile(copied, 'utf8')).toBe('mijn resumé');
  });

  it('places a file only under a free name: one the sync service delivered meanwhile stays as it is, and no temp file is left', async () => {
    const { shared } = await exported('');
    const target = join(shared, NAME);
    await writeFile(target, 'net binnengekomen van een collega');
    expect(await placeNew(target, new TextEncoder().encode('mijn resumé'))).toBe('taken');
    expect(await readFile(target, 'utf8')).toBe('net binnengekomen van een collega');
    expect(await placeNew(join(shared, 'vrij.docx'), new TextEncoder().encode('mijn resumé'))).toBe('placed');
    expect((await readdir(shared)).sort()).toEqual([NAME, 'vrij.docx'].sort());
  });

  it('refuses, and makes no folder, when the shared folder is not there', async () => {
    const { root, source } = await exported('resumé');
    await expect(copyExportToSyncFolder(join(root, 'gone'), { source, fileName: NAME, date: '2026-03-05' })).rejects.toThrow(/cannot be reached/);
    expect(await readdir(root)).toEqual(['export.docx', 'shared']);
  });
});

describe('exports copied to the shared folder by the app', () => {
  async function workspace() {
    const root = await tempDir();
    const shared = join(root, 'shared');
    await mkdir(shared);
    const workspaceDir = join(root, 'workspace');
    const core = await openCoreClient(workspaceDir, { syncTimers: false });
    closers.push(core.close);
    const meeting = await core.createMeeting({ name: 'Overleg', date: '2026-03-05', domains: ['jeugd-en-onderwijs'] });
    return { root, shared, workspaceDir, core, meeting, year: join(shared, 'Resumés', '2026') };
  }

  it('copies nothing while the setting is off (the default)', async () => {
    const { shared, core, meeting } = await workspace();
    await core.setSyncFolder({ path: shared });
    expect((await core.getSettings()).copyExportsToSyncFolder).toBe(false);
    expect((await core.exportMeeting({ id: meeting.id })).copy).toBeUndefined();
    expect(await readdir(shared)).toEqual(['notulist-sync']);
  });

  it('copies each export with the setting on, byte for byte, and an old settings form cannot turn it off', async () => {
    const { shared, core, meeting, year } = await workspace();
    await core.setSyncFolder({ path: shared, copyExports: true });
    await core.updateSettings({ copyExportsToSyncFolder: false });
    const result = await core.exportMeeting({ id: meeting.id });
    expect(result.copy).toEqual({ status: 'copied', path: join(year, result.fileName) });
    expect(await readFile(join(year, result.fileName))).toEqual(await readFile(result.path));
  });

  it('never fails an export when the shared folder is away: the copy waits, the status says so, the next round makes it', async () => {
    const { root, shared, workspaceDir, core, meeting, year } = await workspace();
    await core.setSyncFolder({ path: shared, copyExports: true });
    await rename(shared, join(root, 'away'));
    const result = await core.exportMeeting({ id: meeting.id });
    expect(result.copy).toEqual({ status: 'waiting' });
    expect(await readFile(result.path)).toBeDefined();
    expect(JSON.parse(await readFile(join(workspaceDir, 'sync', PENDING_EXPORT_COPIES_FILE), 'utf8'))).toHaveLength(1);
    await core.syncNow({});
    expect((await core.getSyncStatus()).exportCopiesWaiting).toBe(1);
    await rename(join(root, 'away'), shared);
    await core.syncNow({});
    expect(await readFile(join(year, result.fileName))).toEqual(await readFile(result.path));
    expect((await core.getSyncStatus()).exportCopiesWaiting).toBeUndefined();
    expect(JSON.parse(await readFile(join(workspaceDir, 'sync', PENDING_EXPORT_COPIES_FILE), 'utf8'))).toEqual([]);
  });

  it('drops a waiting copy whose export was deleted, and sets a damaged list aside instead of writing over it', async () => {
    const { root, shared, workspaceDir, core, meeting } = await workspace();
    await core.setSyncFolder({ path: shared, copyExports: true });
    await rename(shared, join(root, 'away'));
    const result = await core.exportMeeting({ id: meeting.id });
    await rm(result.path);
    await rename(join(root, 'away'), shared);
    await core.syncNow({});
    expect(await readdir(shared)).toEqual(['notulist-sync']);
    const list = join(workspaceDir, 'sync', PENDING_EXPORT_COPIES_FILE);
    await writeFile(list, '[{"source":');
    await core.syncNow({});
    const aside = (await readdir(join(workspaceDir, 'sync'))).filter((name) => name.startsWith(`${PENDING_EXPORT_COPIES_FILE}.damaged-`));
    expect(aside).toHaveLength(1);
    expect(await readFile(join(workspaceDir, 'sync', aside[0]!), 'utf8')).toBe('[{"source":');
  });

  it('copies an export of the CLI run with that workspace', async () => {
    const { root, shared, workspaceDir, core, meeting, year } = await workspace();
    await core.setSyncFolder({ path: shared, copyExports: true });
    const file = join(root, 'meeting.json');
    await writeFile(file, JSON.stringify(await core.getMeeting({ id: meeting.id })));
    const out: string[] = [];
    const code = await runCli(['export', file, '--workspace', workspaceDir], { out: (line) => out.push(line), err: (line) => out.push(line) }, {});
    expect(code).toBe(0);
    const [written, copied] = out;
    const name = written!.slice(root.length + 1);
    expect(copied).toBe(`copied to ${join(year, name)}`);
    expect(await readFile(join(year, name))).toEqual(await readFile(written!));
  });
});

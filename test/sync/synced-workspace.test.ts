import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncServiceAroundWorkspace } from '../../electron/core/sync/synced-workspace-check';
import { syncServiceByName } from '../../shared/sync/synced-workspace';
import { openCoreClient } from '../support/open-core-client';
import { useTempDirs } from '../support/temp-workspace';

describe('a workspace inside a folder a sync service copies', () => {
  const tempDir = useTempDirs();

  it('is recognised by the names OneDrive, Dropbox, Google Drive and iCloud give their folders', () => {
    expect(syncServiceByName('C:\\Users\\marielle\\OneDrive - Regio Gooi en Vechtstreek\\Notulist')).toBe('OneDrive');
    expect(syncServiceByName('/Users/joke/Dropbox (Regio)/notulist')).toBe('Dropbox');
    expect(syncServiceByName('/Users/joke/Library/Mobile Documents/com~apple~CloudDocs/Notulist')).toBe('iCloud Drive');
    expect(syncServiceByName('G:\\Mijn Drive\\Notulist')).toBe('Google Drive');
    expect(syncServiceByName('/home/joke/.config/Notulist')).toBeUndefined();
    expect(syncServiceByName('/home/joke/OneDriveNotes/Notulist')).toBeUndefined();
  });

  it('is recognised by the marker Syncthing or Dropbox keeps in a parent folder', async () => {
    const root = await tempDir();
    await mkdir(join(root, '.stfolder'));
    await mkdir(join(root, 'werk', 'notulist'), { recursive: true });
    expect(await syncServiceAroundWorkspace(join(root, 'werk', 'notulist'))).toBe('Syncthing');
    const plain = await tempDir();
    expect(await syncServiceAroundWorkspace(plain)).toBeUndefined();
    await writeFile(join(plain, '.dropbox'), '{}');
    expect(await syncServiceAroundWorkspace(plain)).toBe('Dropbox');
  });

  it('is named in the sync status, so Instellingen can warn; a workspace elsewhere is not', async () => {
    const root = await tempDir();
    await mkdir(join(root, '.stfolder'));
    const synced = await openCoreClient(join(root, 'notulist'));
    expect((await synced.getSyncStatus()).workspaceSyncedBy).toBe('Syncthing');
    await synced.close();
    const local = await openCoreClient(await tempDir());
    expect((await local.getSyncStatus()).workspaceSyncedBy).toBeUndefined();
    await local.close();
  });
});

import { describe, expect, it } from 'vitest';
import { createClient } from '../../shared/api/client';
import { dispatch } from '../../shared/api/dispatch';
import type { NotulistApi } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { createNotulistCore } from '../../electron/core/notulist-core';
import { createAppStore } from '../../renderer/store/app-store';
import { UnsentChanges } from '../../renderer/store/unsent-changes';
import { useTempDirs } from '../support/temp-workspace';
import { exported, letter, realMeeting } from './import-fixtures';

const document = (fileName: string, bytes: Uint8Array | (() => never)) => ({
  fileName,
  readBase64: async () => (typeof bytes === 'function' ? bytes() : Buffer.from(bytes).toString('base64')),
});

describe('the app store importing resumés', () => {
  const tempDir = useTempDirs();

  it('imports one document after another, keeps what became of each, and lists the new meetings', async () => {
    const core = await createNotulistCore({ workspaceDir: await tempDir(), appVersion: '0.0.0-test' });
    const progress: number[] = [];
    const api = createClient((method, args) => dispatch(core, method, args)) as NotulistApi;
    const store = createAppStore(api, new UnsentChanges(undefined));
    store.subscribe((state) => state.archiveImport && progress.push(state.archiveImport.outcomes.length));
    const real = await exported(await realMeeting());

    await store.getState().importResumes([
      document('februari.docx', real),
      document('kopie.docx', real),
      document('brief.docx', await letter()),
      document('kapot.docx', () => {
        throw new ApiError('too-large', 'request body too large');
      }),
    ]);

    const state = store.getState();
    expect(state.archiveImport?.running).toBe(false);
    expect(state.archiveImport?.outcomes.map((outcome) => [outcome.fileName, outcome.outcome])).toEqual([
      ['februari.docx', 'imported'],
      ['kopie.docx', 'duplicate'],
      ['brief.docx', 'failed'],
      ['kapot.docx', 'error'],
    ]);
    expect(state.meetings.map((meeting) => [meeting.date, meeting.imported])).toEqual([['2023-02-23', true]]);
    // Progress was shown after each document, not only at the end.
    expect(progress).toEqual(expect.arrayContaining([0, 1, 2, 3, 4]));
    store.getState().closeImportSummary();
    expect(store.getState().archiveImport).toBeNull();
    await core.close();
  });
});

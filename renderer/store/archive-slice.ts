import type { NotulistApi, ResultOf } from '../../shared/api/contract';
import { errorMessage } from '../i18n/nl';
import type { GetState, SetState, StoreShared } from './store-shared';

/** A document chosen for import: its name, and how to read its bytes as base64. */
export interface ChosenDocument {
  fileName: string;
  readBase64(): Promise<string>;
}

/** What became of one chosen document: the core's answer, or the Dutch message of a call that failed. */
export type DocumentOutcome = { fileName: string } & (ResultOf<'importResume'> | { outcome: 'error'; message: string });

/** The part of the app state for the archive: importing past resumés. */
export interface ArchiveState {
  /** The import under way or just done, until its summary is closed. */
  archiveImport: { total: number; outcomes: DocumentOutcome[]; running: boolean } | null;
  /** Imports the documents one by one, showing progress; the meeting list follows. */
  importResumes(documents: readonly ChosenDocument[]): Promise<void>;
  closeImportSummary(): void;
}

/** The archive: past Word resumés imported as meetings. */
export function archiveSlice(api: NotulistApi, set: SetState, get: GetState, _shared: StoreShared): ArchiveState {
  return {
    archiveImport: null,

    importResumes: async (documents) => {
      if (documents.length === 0 || get().archiveImport?.running) return;
      const outcomes: DocumentOutcome[] = [];
      set({ archiveImport: { total: documents.length, outcomes: [], running: true } });
      for (const document of documents) {
        let outcome: DocumentOutcome;
        try {
          outcome = { fileName: document.fileName, ...(await api.importResume({ fileName: document.fileName, base64: await document.readBase64() })) };
        } catch (error) {
          // One document that cannot be sent (too large for the host, the core gone) does not stop the rest.
          outcome = { fileName: document.fileName, outcome: 'error', message: errorMessage(error) };
        }
        outcomes.push(outcome);
        set({ archiveImport: { total: documents.length, outcomes: [...outcomes], running: true } });
      }
      const meetings = await api.listMeetings().catch(() => get().meetings);
      set({ meetings, archiveImport: { total: documents.length, outcomes, running: false } });
    },

    closeImportSummary: () => set({ archiveImport: null }),
  };
}

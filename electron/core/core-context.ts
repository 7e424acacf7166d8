import type { Notice } from '../../shared/api/contract';
import type { ExportCopies } from './exports/export-copies';
import type { MeetingStore } from './meetings/meeting-store';
import type { MeetingIndex } from './meetings/meeting-index';
import type { UnopenableMeetings } from './meetings/unopenable-meetings';
import type { StaleBases } from './sync/stale-bases';
import type { NoticeLog } from './workspace/notice-log';
import type { WorkspaceDb } from './workspace/workspace-db';

export interface CoreOptions {
  workspaceDir: string;
  appVersion: string;
  /** The clock; tests fix it. */
  now?: () => Date;
  /** Whether sync runs on its own timers (default true); the CLI runs one round and leaves. */
  syncTimers?: boolean;
  /** The desktop's file shell (Electron's `shell`); absent in the browser host and the CLI. */
  shell?: FileShell;
}

export interface FileShell {
  /** Resolves to an error message, or '' when the file was opened. */
  openPath(path: string): Promise<string>;
  showItemInFolder(path: string): void;
  /** The OS dialog to choose a folder: its path, or undefined when cancelled. */
  chooseFolder?(): Promise<string | undefined>;
}

/** The services every domain of the core shares, opened once by createNotulistCore. */
export interface CoreContext {
  options: CoreOptions;
  now: () => Date;
  log: NoticeLog;
  notify: (notice: Notice) => void;
  db: WorkspaceDb;
  store: MeetingStore;
  index: MeetingIndex;
  unopenable: UnopenableMeetings;
  /** Versions sync replaced, so a save typed during a round is merged, not refused. */
  staleBases: StaleBases;
  /** Exports copied to the shared folder, and those waiting for it. */
  exportCopies: ExportCopies;
}

import type { Notice } from '../../shared/api/contract';
import { MeetingStore } from '../../electron/core/meetings/meeting-store';
import { useTempDirs } from './temp-workspace';

/** The store tests' fixed clock: 23 February 2023, mid-afternoon. */
export const STORE_NOW = (): Date => new Date('2023-02-23T14:03:12Z');

/**
 * Opens a meeting store on a fresh workspace per call, keeping the notices it sends; call inside a
 * describe block, as the workspaces are removed after each test.
 */
export function useMeetingStores(): () => Promise<{ workspace: string; store: MeetingStore; notices: Notice[] }> {
  const tempDir = useTempDirs();
  return async () => {
    const workspace = await tempDir();
    const notices: Notice[] = [];
    const store = new MeetingStore(workspace, (n) => notices.push(n), STORE_NOW);
    await store.init();
    return { workspace, store, notices };
  };
}

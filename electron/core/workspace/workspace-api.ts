import type { NotulistCore } from '../../../shared/api/contract';
import type { CoreContext } from '../core-context';
import { listQuarantine } from '../storage/quarantine';

/** The workspace itself: what it is, what the core noticed in it, and what it set aside. */
export function workspaceApi({ options, log }: CoreContext): Pick<NotulistCore, 'getInfo' | 'dismissNotice' | 'listQuarantine'> {
  return {
    getInfo: async () => ({ appVersion: options.appVersion, workspace: options.workspaceDir, notices: log.list(), canOpenFiles: options.shell !== undefined }),
    dismissNotice: async ({ id }) => ({ dismissed: log.dismiss(id) }),
    listQuarantine: async () => listQuarantine(options.workspaceDir),
  };
}

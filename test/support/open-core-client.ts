import { createClient } from '../../shared/api/client';
import type { NotulistApi } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import { createNotulistCore, type CoreOptions } from '../../electron/core/notulist-core';

/**
 * The core on `workspaceDir` as every shell sees it: through the contract's dispatcher, answers
 * validated. `options` as the shells give them (e.g. `syncTimers: false`: rounds only when asked).
 */
export async function openCoreClient(workspaceDir: string, options: Partial<Omit<CoreOptions, 'workspaceDir'>> = {}): Promise<NotulistApi & { close(): Promise<void> }> {
  const core = await createNotulistCore({ workspaceDir, appVersion: '0.0.0-test', ...options });
  return Object.assign(createClient((method, args) => dispatch(core, method, args)), { close: core.close });
}

import { channelFor, type NotulistBridge } from '../../shared/api/bridge';
import { isMethodName } from '../../shared/api/contract';
import type { Envelope } from '../../shared/api/dispatch';

/** The part of Electron's ipcRenderer the preload uses; tests pass a fake. */
export interface IpcRendererLike {
  invoke(channel: string, arg: unknown): Promise<unknown>;
}

/**
 * The object the preload exposes as `window.notulist`. Only contract methods reach IPC, so a
 * compromised page cannot use the bridge to invoke arbitrary channels.
 */
export function createPreloadBridge(ipcRenderer: IpcRendererLike): NotulistBridge {
  return {
    invoke: async (method, args) => {
      if (typeof method !== 'string' || !isMethodName(method)) {
        return { ok: false, error: { code: 'unknown-method', message: `unknown method: ${String(method)}` } };
      }
      return (await ipcRenderer.invoke(channelFor(method), args)) as Envelope;
    },
  };
}

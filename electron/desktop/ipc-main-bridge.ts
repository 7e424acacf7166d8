import { channelFor } from '../../shared/api/bridge';
import { METHOD_NAMES, type NotulistCore } from '../../shared/api/contract';
import { dispatch, type Envelope } from '../../shared/api/dispatch';

/** The part of Electron's ipcMain this bridge uses; tests pass a fake with the same shape. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEventLike, arg: unknown) => Promise<Envelope>): void;
  removeHandler(channel: string): void;
}

export interface IpcInvokeEventLike {
  senderFrame: { url: string } | null;
}

/**
 * Registers one handler per contract method. Calls from any frame other than the app's own
 * page (a navigated or injected frame) are refused before the payload is even looked at.
 */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  core: NotulistCore,
  isTrustedSender: (frameUrl: string) => boolean,
): () => void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelFor(method), async (event, arg) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedSender(url)) {
        return { ok: false, error: { code: 'unauthorized', message: `call to ${method} from untrusted frame ${url}` } };
      }
      return dispatch(core, method, arg);
    });
  }
  return () => {
    for (const method of METHOD_NAMES) ipcMain.removeHandler(channelFor(method));
  };
}

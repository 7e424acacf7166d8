import { describe, expect, it } from 'vitest';
import { channelFor } from '../../shared/api/bridge';
import { METHOD_NAMES } from '../../shared/api/contract';
import { createClient, type Envelope } from '../../shared/api/client';
import { ApiError } from '../../shared/api/errors';
import { createNotulistCore } from '../../electron/core/notulist-core';
import { registerIpcHandlers, type IpcInvokeEventLike, type IpcMainLike } from '../../electron/desktop/ipc-main-bridge';
import { createPreloadBridge } from '../../electron/desktop/ipc-renderer-bridge';
import { APP_PAGE_URL, isAppPage } from '../../electron/desktop/app-protocol';
import { exerciseEveryMethod, recordingShell } from '../support/exercise-contract';
import { useTempDirs } from '../support/temp-workspace';

const APP_URL = APP_PAGE_URL;

type Handler = (event: IpcInvokeEventLike, arg: unknown) => Promise<Envelope>;

/** ipcMain and ipcRenderer joined in memory; payloads are structured-cloned as real IPC does. */
function fakeIpc(senderUrl: string) {
  const handlers = new Map<string, Handler>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel) => handlers.delete(channel),
  };
  const ipcRenderer = {
    invoke: async (channel: string, arg: unknown) => {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      return structuredClone(await handler({ senderFrame: { url: senderUrl } }, structuredClone(arg)));
    },
  };
  return { ipcMain, ipcRenderer, handlers };
}

describe('the Electron IPC bridge', () => {
  const tempDir = useTempDirs();

  async function connect(senderUrl = APP_URL) {
    const core = await createNotulistCore({ workspaceDir: await tempDir(), appVersion: '0.0.0-test', shell: recordingShell().shell });
    const ipc = fakeIpc(senderUrl);
    // The same check of the sending frame as electron/desktop/main.ts wires up.
    const unregister = registerIpcHandlers(ipc.ipcMain, core, isAppPage);
    const api = createClient(createPreloadBridge(ipc.ipcRenderer).invoke);
    return { core, ipc, unregister, api };
  }

  it('registers exactly one channel per contract method', async () => {
    const { ipc, core } = await connect();
    expect([...ipc.handlers.keys()].sort()).toEqual(METHOD_NAMES.map(channelFor).sort());
    await core.close();
  });

  it('round-trips every contract method from the preload to the core and back', async () => {
    const { api, core } = await connect();
    const results = await exerciseEveryMethod(api);
    expect(results.listMeetings).toHaveLength(1);
    await core.close();
  });

  it('refuses calls from a frame that is not the app page', async () => {
    for (const frame of ['https://evil.example/', 'file:///app/dist/renderer/index.html', 'app://notulist/assets/injected.html']) {
      const { api, core } = await connect(frame);
      await expect(api.listMeetings()).rejects.toMatchObject({ code: 'unauthorized' });
      await core.close();
    }
  });

  it('validates the payload in main and reports readable problems', async () => {
    const { api, core } = await connect();
    const error = await api.createMeeting({ name: '', date: '23-02-2023', domains: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('invalid-argument');
    expect((error as ApiError).details?.join('\n')).toMatch(/date/);
    await core.close();
  });

  it('keeps error codes across the bridge', async () => {
    const { api, core } = await connect();
    await expect(api.getMeeting({ id: 'does-not-exist' })).rejects.toMatchObject({ code: 'not-found' });
    await core.close();
  });

  it('lets the preload reach contract methods only', async () => {
    const { ipc, core } = await connect();
    const bridge = createPreloadBridge(ipc.ipcRenderer);
    const envelope = await bridge.invoke('__proto__', {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    await core.close();
  });

  it('unregisters every handler it registered', async () => {
    const { ipc, unregister, core } = await connect();
    unregister();
    expect(ipc.handlers.size).toBe(0);
    await core.close();
  });
});

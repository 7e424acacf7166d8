// Runs sandboxed in the window's isolated world: exposes the contract's methods, nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadBridge } from './ipc-renderer-bridge';

contextBridge.exposeInMainWorld('notulist', createPreloadBridge(ipcRenderer));

import type { NotulistBridge } from '../shared/api/bridge';

declare global {
  interface Window {
    /** Present under Electron: the preload's bridge to the core. */
    notulist?: NotulistBridge;
  }
}

export {};

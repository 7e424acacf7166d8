import type { Envelope } from './client';

/**
 * What the Electron preload exposes as `window.notulist`: one call that returns the envelope.
 * Not the typed API itself, because contextBridge copies only an Error's message across worlds,
 * and the UI needs the error code; the renderer wraps it with createClient like any transport.
 */
export interface NotulistBridge {
  invoke(method: string, args: unknown): Promise<Envelope>;
}

/** The IPC channel of a contract method; the single place the channel naming lives. */
export function channelFor(method: string): string {
  return `notulist:${method}`;
}

import type { NotulistApi } from '../../shared/api/contract';
import { createClient, type Transport } from '../../shared/api/client';
import { batchedTransport } from './batched-transport';
import { noteConnection } from './connection';

/**
 * The browser host's token, taken out of the address as soon as the page starts: the first
 * calls carry it and the host answers with an HttpOnly session cookie, which admits every later
 * call and reload. The token is held in memory only, never in the history or storage.
 */
function takeTokenFromUrl(): string | undefined {
  const params = new URLSearchParams(window.location.hash.slice(1));
  const token = params.get('token') ?? undefined;
  if (token === undefined) return undefined;
  params.delete('token');
  const rest = params.toString();
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${rest ? `#${rest}` : ''}`);
  return token;
}

/**
 * Whether calls should leave at once rather than wait for the next task: a hidden page's timers
 * are throttled, and a closing page may never run them. Listened for here, before the page's own
 * handlers (main.ts) flush the unsaved changes, so their save leaves as it did without batching.
 */
function leavingPage(): () => boolean {
  let closing = false;
  window.addEventListener('beforeunload', () => {
    closing = true;
    // Still open afterwards when the close was cancelled.
    setTimeout(() => (closing = false), 0);
  });
  return () => closing || document.visibilityState === 'hidden';
}

function httpTransport(token: string | undefined): Transport {
  return batchedTransport({
    fetch: (url, init) => fetch(url, init),
    headers: { 'Content-Type': 'application/json', ...(token ? { 'X-Notulist-Token': token } : {}) },
    noteConnection,
    sendAtOnce: leavingPage(),
  });
}

/** The one API the UI uses; whether it runs under Electron or in a browser is decided here only. */
export function connectApi(): NotulistApi {
  const bridge = window.notulist;
  if (bridge) return createClient((method, args) => bridge.invoke(method, args));
  const token = takeTokenFromUrl();
  noteConnection({ openedWithToken: token !== undefined });
  return createClient(httpTransport(token));
}

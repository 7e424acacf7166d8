import type { NotulistApi } from '../../shared/api/contract';
import { createClient, type Transport } from '../../shared/api/client';
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

function httpTransport(token: string | undefined): Transport {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...(token ? { 'X-Notulist-Token': token } : {}) };
  return async (method, args) => {
    const response = await fetch(`./api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: JSON.stringify(args ?? {}),
    });
    noteConnection({ access: response.status === 401 ? 'denied' : 'granted' });
    return response.json();
  };
}

/** The one API the UI uses; whether it runs under Electron or in a browser is decided here only. */
export function connectApi(): NotulistApi {
  const bridge = window.notulist;
  if (bridge) return createClient((method, args) => bridge.invoke(method, args));
  const token = takeTokenFromUrl();
  noteConnection({ openedWithToken: token !== undefined });
  return createClient(httpTransport(token));
}

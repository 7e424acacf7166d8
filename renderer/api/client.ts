import type { NotulistApi } from '../../shared/api/contract';
import { createClient, type Transport } from '../../shared/api/client';

const TOKEN_KEY = 'notulist.token';

/** The browser host's token: from the URL it printed (#token=…), kept for reloads of this tab. */
function hostToken(): string {
  const fromUrl = new URLSearchParams(window.location.hash.slice(1)).get('token');
  // Kept after the first calls are out: the first touch of sessionStorage is slow.
  if (fromUrl) setTimeout(() => sessionStorage.setItem(TOKEN_KEY, fromUrl), 0);
  return fromUrl ?? sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpTransport(token: string): Transport {
  return async (method, args) => {
    const response = await fetch(`./api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Notulist-Token': token },
      body: JSON.stringify(args ?? {}),
    });
    return response.json();
  };
}

/** The one API the UI uses; whether it runs under Electron or in a browser is decided here only. */
export function connectApi(): NotulistApi {
  const bridge = window.notulist;
  return createClient(bridge ? (method, args) => bridge.invoke(method, args) : httpTransport(hostToken()));
}

import type { NotulistApi } from '../../shared/api/contract';
import { createClient } from '../../shared/api/client';

/**
 * How the harness reaches a running host: the one place that knows how the host hands out its
 * token (today `#token=…` in the printed URL and an X-Notulist-Token header, as test/e2e and
 * test/host use it). Should that change, only this file follows.
 */
export function hostApi(url: string): NotulistApi {
  const base = new URL(url);
  const token = new URLSearchParams(base.hash.slice(1)).get('token') ?? '';
  return createClient(async (method, args) => {
    const response = await fetch(new URL(`/api/${method}`, base.origin), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Notulist-Token': token },
      body: JSON.stringify(args ?? {}),
    });
    return response.json();
  });
}

/** The page address that opens `route` (e.g. `meeting=<id>&tab=notes`) in a browser. */
export function pageUrl(url: string, route: string): string {
  return url.includes('#') ? `${url}&${route}` : `${url}#${route}`;
}

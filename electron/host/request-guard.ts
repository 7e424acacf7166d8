import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * The browser host listens on 127.0.0.1 only, but any web page the user visits can still send
 * requests there. Host and Origin checks stop DNS rebinding and cross-site calls; the per-start
 * token stops every other local page or process that does not know the URL.
 */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function isAllowedHost(headers: IncomingHttpHeaders, port: number): boolean {
  const host = headers.host;
  return typeof host === 'string' && allowedHosts(port).has(host.toLowerCase());
}

/** A missing Origin is fine (same-origin GETs, curl); a present one must be ours. */
export function isAllowedOrigin(headers: IncomingHttpHeaders, port: number): boolean {
  const origin = headers.origin;
  if (origin === undefined) return true;
  return [...allowedHosts(port)].some((host) => origin.toLowerCase() === `http://${host}`);
}

export function hasToken(headers: IncomingHttpHeaders, token: string): boolean {
  const given = headers['x-notulist-token'];
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

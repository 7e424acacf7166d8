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
  return typeof given === 'string' && sameSecret(given, token);
}

function sameSecret(given: string, secret: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The page trades the printed link's token for this cookie on its first call, so the token
 * leaves the address bar and is kept nowhere a script can read. The name carries the port:
 * cookies are shared by every port of 127.0.0.1. The value is the workspace's session secret,
 * which outlives a restart of the host, so an open tab keeps working.
 */
export function sessionCookieName(port: number): string {
  return `notulist-session-${port}`;
}

export function sessionCookie(port: number, secret: string): string {
  return `${sessionCookieName(port)}=${secret}; Path=/; HttpOnly; SameSite=Strict`;
}

export function hasSessionCookie(headers: IncomingHttpHeaders, port: number, secret: string): boolean {
  const prefix = `${sessionCookieName(port)}=`;
  const given = (headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(prefix))
    ?.slice(prefix.length);
  return given !== undefined && sameSecret(given, secret);
}

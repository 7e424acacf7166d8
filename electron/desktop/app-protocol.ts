import { CONTENT_SECURITY_POLICY } from '../core/page/content-security-policy';
import { readStaticFile } from '../core/page/static-files';

/**
 * The desktop window loads the app from app://notulist/ instead of file://. Under file:// the
 * page's origin is every file on the disk ('self' in the CSP would allow any local script) and
 * Electron grants it extra privileges; app://notulist is an origin of its own, serving the built
 * renderer only.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'notulist';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_PAGE_URL = `${APP_ORIGIN}/index.html`;

/**
 * For protocol.registerSchemesAsPrivileged, before the app is ready. `standard` gives the scheme
 * origins and relative URLs, `secure` makes it a secure context, `codeCache` lets V8 cache the
 * compiled scripts as for https. No bypassCSP, no CORS, no service workers.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

/** Whether `url` is the app's own page (with any hash or query), the only frame IPC answers. */
export function isAppPage(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && (parsed.pathname === '/index.html' || parsed.pathname === '/');
}

/**
 * The answer to one app:// request: a file of the built renderer (`root`) with the one
 * Content-Security-Policy, or 404 for anything else: another host, a path outside `root`
 * (../ or its encodings), a missing file. Only GET is served.
 */
export async function respondToAppRequest(root: string, url: string, method = 'GET'): Promise<Response> {
  const notFound = () => new Response('not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return notFound();
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return notFound();
  if (method !== 'GET' && method !== 'HEAD') return new Response('method not allowed', { status: 405 });
  // Still percent-encoded: readStaticFile decodes it once and refuses whatever climbs out of root.
  const file = await readStaticFile(root, parsed.pathname);
  if (!file) return notFound();
  return new Response(method === 'HEAD' ? null : new Uint8Array(file.body), {
    status: 200,
    headers: {
      'Content-Type': file.contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

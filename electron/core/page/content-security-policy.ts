/**
 * The app's one Content-Security-Policy, sent as a header with every page and file by both ways
 * the renderer is served: the browser host (electron/host/responses.ts) and the desktop window's app:// protocol
 * (electron/desktop/app-protocol.ts). index.html declares none of its own, so there is no second
 * copy to drift (a <meta> policy also cannot carry frame-ancestors). Nothing is allowed unless
 * listed: scripts, styles and fonts from the app only (no inline code, no eval), images also as
 * data: URLs (the logo), connections back to the app only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

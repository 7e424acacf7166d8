/** Links leave the app in documents and windows: only web and mail targets are allowed. */
export function sanitizeHref(href: string): string | undefined {
  const trimmed = href.trim();
  return /^(https?:\/\/|mailto:)/i.test(trimmed) ? trimmed : undefined;
}

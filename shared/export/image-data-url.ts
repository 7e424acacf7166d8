/** A `data:image/png;base64,…` or `data:image/jpeg;base64,…` URL as bytes and type, or undefined. */
export function decodeImageDataUrl(url: string): { data: Uint8Array; type: 'png' | 'jpg' } | undefined {
  const match = /^data:image\/(png|jpeg|jpg);base64,(.+)$/i.exec(url.trim());
  if (!match) return undefined;
  let binary: string;
  try {
    binary = atob(match[2]!.replace(/\s/g, ''));
  } catch {
    // Not base64 after all: the export goes on without the logo rather than failing.
    return undefined;
  }
  return { data: Uint8Array.from(binary, (char) => char.charCodeAt(0)), type: match[1]!.toLowerCase() === 'png' ? 'png' : 'jpg' };
}

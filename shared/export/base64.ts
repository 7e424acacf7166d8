const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 to bytes, without Node's Buffer or the DOM's atob (shared/ has neither). */
export function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of clean) {
    value = (value << 6) | ALPHABET.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[index++] = (value >> bits) & 0xff;
    }
  }
  return bytes.subarray(0, index);
}

/** A `data:image/png;base64,…` or `data:image/jpeg;base64,…` URL as bytes and type, or undefined. */
export function decodeImageDataUrl(url: string): { data: Uint8Array; type: 'png' | 'jpg' } | undefined {
  const match = /^data:image\/(png|jpeg|jpg);base64,(.+)$/i.exec(url.trim());
  if (!match) return undefined;
  return { data: decodeBase64(match[2]!), type: match[1]!.toLowerCase() === 'png' ? 'png' : 'jpg' };
}

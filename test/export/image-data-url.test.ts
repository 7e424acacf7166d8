import { describe, expect, it } from 'vitest';
import { decodeImageDataUrl } from '../../shared/export/image-data-url';

describe('a logo given as a data URL', () => {
  it('comes back as its bytes and image type', () => {
    const bytes = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00];
    const url = `data:image/png;base64,${Buffer.from(bytes).toString('base64')}`;
    expect(decodeImageDataUrl(url)).toEqual({ data: Uint8Array.from(bytes), type: 'png' });
    expect(decodeImageDataUrl(`data:image/JPEG;base64,${Buffer.from([1, 2, 3]).toString('base64')}`)?.type).toBe('jpg');
  });

  it('is no logo, rather than an error, when it is not an image or not base64', () => {
    expect(decodeImageDataUrl('data:image/gif;base64,R0lGOD')).toBeUndefined();
    expect(decodeImageDataUrl('data:image/png;base64,@@@not*base64')).toBeUndefined();
    expect(decodeImageDataUrl('')).toBeUndefined();
  });
});

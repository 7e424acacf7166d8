const COMMA = Buffer.from(',');
const CLOSE = Buffer.from(']}');

/**
 * The UTF-8 JSON of `own` with one more field, `key`, last: an array whose elements are given
 * already encoded. The same document JSON.stringify would give, but an unchanged element's
 * bytes are reused instead of serialized and encoded again.
 */
export function jsonWithArray(own: object, key: string, elements: readonly Buffer[]): Buffer {
  const ownJson = JSON.stringify(own);
  const parts: Buffer[] = [Buffer.from(`${ownJson.slice(0, -1)}${ownJson === '{}' ? '' : ','}${JSON.stringify(key)}:[`)];
  elements.forEach((element, index) => {
    if (index > 0) parts.push(COMMA);
    parts.push(element);
  });
  parts.push(CLOSE);
  return Buffer.concat(parts);
}

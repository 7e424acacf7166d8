// The only platform facility shared/ relies on: Web Crypto's randomUUID, present in Node ≥ 19
// and every browser. Declared here because shared/ is type-checked without Node or DOM types.
declare global {
  // eslint-disable-next-line no-var
  var crypto: { randomUUID(): string };
}
export {};

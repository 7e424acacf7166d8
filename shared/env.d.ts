// The platform facilities shared/ relies on, present in Node ≥ 19 and every browser: Web
// Crypto's randomUUID and atob. Declared here because shared/ is type-checked without Node or
// DOM types.
declare global {
  // eslint-disable-next-line no-var
  var crypto: { randomUUID(): string };
  function atob(data: string): string;
}
export {};

/**
 * A list's order as position keys: each child carries a string key and siblings sort by
 * (key, id). Inserting between two siblings makes a key between theirs and touches no other
 * child, so two devices inserting at different places never edit the same node. Keys are
 * fractions in base 62 written without "0." (the midpoint scheme of fractional indexing); a key
 * never ends in "0", so there is always room before it.
 */

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const POSITION_KEY_PATTERN = /^[0-9A-Za-z]*[1-9A-Za-z]$/;

function digit(char: string | undefined): number {
  return char === undefined ? 0 : DIGITS.indexOf(char);
}

/** A key strictly between `low` ('' = the start) and `high` (null = the end). */
function midpoint(low: string, high: string | null): string {
  if (high !== null) {
    let shared = 0;
    while ((low[shared] ?? '0') === high[shared]) shared += 1;
    if (shared > 0) return high.slice(0, shared) + midpoint(low.slice(shared), high.slice(shared));
  }
  const lowDigit = digit(low[0]);
  const highDigit = high === null ? DIGITS.length : digit(high[0]);
  if (highDigit - lowDigit > 1) return DIGITS[Math.round((lowDigit + highDigit) / 2)]!;
  if (high !== null && high.length > 1) return high.slice(0, 1);
  return DIGITS[lowDigit]! + midpoint(low.slice(1), null);
}

/** A key after `low` and before `high`; either may be absent (start, end). */
export function keyBetween(low: string | undefined, high: string | undefined): string {
  if (low !== undefined && high !== undefined && low >= high) throw new Error(`no position key between ${low} and ${high}`);
  return midpoint(low ?? '', high ?? null);
}

/** `count` ascending keys between `low` and `high`, as short as bisection makes them. */
export function keysBetween(low: string | undefined, high: string | undefined, count: number): string[] {
  if (count <= 0) return [];
  const middle = keyBetween(low, high);
  const before = Math.floor((count - 1) / 2);
  return [...keysBetween(low, middle, before), middle, ...keysBetween(middle, high, count - 1 - before)];
}

interface Placed {
  key: string;
  id: string;
}

const before = (a: Placed, b: Placed): boolean => a.key < b.key || (a.key === b.key && a.id < b.id);

/** Indexes of a longest run of `items` that is already in order (patience sorting). */
function longestOrderedRun(items: readonly (Placed | undefined)[]): Set<number> {
  const tails: number[] = [];
  const previous = new Map<number, number>();
  items.forEach((item, index) => {
    if (!item) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(items[tails[mid]!]!, item)) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous.set(index, tails[lo - 1]!);
    tails[lo] = index;
  });
  const run = new Set<number>();
  for (let index = tails.at(-1); index !== undefined; index = previous.get(index)) run.add(index);
  return run;
}

/**
 * Keys for `ids` in this order, keeping every key in `previous` that it can: the longest run of
 * children still in their old order keeps its keys, the others (new or moved) get new keys
 * between their neighbours. Only those get a new position version.
 */
export function assignPositionKeys(previous: ReadonlyMap<string, string>, ids: readonly string[]): string[] {
  const placed = ids.map((id) => {
    const key = previous.get(id);
    return key === undefined ? undefined : { key, id };
  });
  const kept = longestOrderedRun(placed);
  for (;;) {
    const dropped = firstCrampedGap(placed, kept);
    if (dropped === undefined) break;
    kept.delete(dropped);
  }
  const keys: string[] = new Array<string>(ids.length);
  let start = 0;
  let low: string | undefined;
  for (let index = 0; index <= ids.length; index += 1) {
    if (index < ids.length && !kept.has(index)) continue;
    const high = index < ids.length ? placed[index]!.key : undefined;
    keysBetween(low, high, index - start).forEach((key, offset) => (keys[start + offset] = key));
    if (index < ids.length) keys[index] = high!;
    low = high;
    start = index + 1;
  }
  return keys;
}

/** A kept child that leaves no room for the new ones before it (equal keys): it must move too. */
function firstCrampedGap(placed: readonly (Placed | undefined)[], kept: ReadonlySet<number>): number | undefined {
  let low: string | undefined;
  let gap = 0;
  for (let index = 0; index < placed.length; index += 1) {
    if (!kept.has(index)) {
      gap += 1;
      continue;
    }
    const key = placed[index]!.key;
    if (gap > 0 && low !== undefined && low >= key) return index;
    low = key;
    gap = 0;
  }
  return undefined;
}

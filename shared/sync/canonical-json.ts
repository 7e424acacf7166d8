/**
 * JSON with object keys in sorted order, so equal values give equal text: what version
 * comparison and the published hashes rely on (merging must be byte-for-byte idempotent).
 * Written as one loop rather than map/filter/join: a sync round serializes every node.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let text = '[';
    for (let index = 0; index < value.length; index += 1) text += (index > 0 ? ',' : '') + canonicalJson(value[index]);
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let text = '{';
  let first = true;
  for (const key of keys) {
    const field = record[key];
    if (field === undefined) continue;
    text += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(field)}`;
    first = false;
  }
  return `${text}}`;
}

/**
 * Whether two JSON values are equal as canonicalJson would print them (key order and
 * undefined fields do not count), compared in place: shared parts (the unchanged domain
 * tables of a meeting) are equal by identity, without being walked or printed.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || a === null) return b === undefined || b === null;
  if (typeof a !== 'object' || typeof b !== 'object' || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index += 1) if (!sameJson(a[index], b[index])) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let fields = 0;
  for (const key in left) {
    if (left[key] === undefined) continue;
    if (!sameJson(left[key], right[key])) return false;
    fields += 1;
  }
  for (const key in right) if (right[key] !== undefined) fields -= 1;
  return fields === 0;
}

/** Each node's versions as canonical text, by array: a node's versions are never changed in place, only replaced. */
const nodeTexts = new WeakMap<object, string>();

/** canonicalJson of one node's versions, made once per array. */
export function nodeText(versions: readonly unknown[]): string {
  let text = nodeTexts.get(versions);
  if (text === undefined) {
    text = canonicalJson(versions);
    nodeTexts.set(versions, text);
  }
  return text;
}

type NodeStateLike = Readonly<Record<string, readonly unknown[]>>;

/** A state's node ids in canonical order, with each node's text. */
export interface StateLayout {
  keys: readonly string[];
  texts: readonly string[];
  /** `"<id>":` for each id: made once per set of ids. */
  prefixes: readonly string[];
}

/** Each state's layout, as its canonical text was last made: states are never changed in place. */
const layouts = new WeakMap<object, StateLayout>();

/**
 * canonicalJson of a node state, byte for byte, with each node's text cached: a round that
 * changes one block of a big meeting serializes that node, not the meeting's every version.
 */
export function canonicalStateJson(state: NodeStateLike): string {
  const keys = Object.keys(state)
    .filter((key) => state[key] !== undefined)
    .sort();
  const layout = { keys, texts: keys.map((key) => nodeText(state[key]!)), prefixes: keys.map((key) => `${JSON.stringify(key)}:`) };
  layouts.set(state, layout);
  return layoutText(layout);
}

function layoutText({ texts, prefixes }: StateLayout): string {
  const parts = new Array<string>(texts.length);
  for (let index = 0; index < texts.length; index += 1) parts[index] = prefixes[index]! + texts[index]!;
  return `{${parts.join(',')}}`;
}

/** Where `key` stands in sorted `keys`; -1 when it is not there. */
function indexOf(keys: readonly string[], key: string): number {
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = keys[middle]!;
    if (found === key) return middle;
    if (found < key) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * canonicalStateJson of `state`, made from `base`'s layout when `changed` names every node in
 * which the two differ and all of them are in `base`: only those nodes are looked at.
 */
export function canonicalStateJsonFrom(state: NodeStateLike, base: NodeStateLike, changed: Iterable<string>): string {
  const layout = layouts.get(base);
  if (!layout) return canonicalStateJson(state);
  const texts = [...layout.texts];
  for (const key of changed) {
    const index = indexOf(layout.keys, key);
    const versions = state[key];
    if (index < 0 || versions === undefined) return canonicalStateJson(state);
    texts[index] = nodeText(versions);
  }
  const next = { ...layout, texts };
  layouts.set(state, next);
  return layoutText(next);
}

/**
 * The state's node ids in canonical order with their texts: to compare another device's
 * file with it node by node without looking each id up (a fresh id string is hashed on lookup).
 */
export function stateLayout(state: NodeStateLike): StateLayout {
  let layout = layouts.get(state);
  if (!layout) {
    canonicalStateJson(state);
    layout = layouts.get(state)!;
  }
  return layout;
}

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

export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return canonicalJson(a) === canonicalJson(b);
}

/** Each node's versions as canonical text, by array: a node's versions are never changed in place, only replaced. */
const nodeTexts = new WeakMap<object, string>();

/**
 * canonicalJson of a node state, byte for byte, with each node's text cached: a round that
 * changes one block of a big meeting serializes that node, not the meeting's every version.
 */
export function canonicalStateJson(state: Readonly<Record<string, readonly unknown[]>>): string {
  let text = '{';
  let first = true;
  for (const key of Object.keys(state).sort()) {
    const versions = state[key];
    if (versions === undefined) continue;
    let node = nodeTexts.get(versions);
    if (node === undefined) {
      node = canonicalJson(versions);
      nodeTexts.set(versions, node);
    }
    text += `${first ? '' : ','}${JSON.stringify(key)}:${node}`;
    first = false;
  }
  return `${text}}`;
}

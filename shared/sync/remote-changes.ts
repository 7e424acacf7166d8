import { nodeText, stateLayout, type StateLayout } from './canonical-json';
import { MeetingDocumentSchema, NodeVersionsSchema, SYNC_FORMAT, parseExchangeFile } from './exchange-files';
import type { NodeState } from './node-versions';

/**
 * Another device's meeting file, read against this device's merged state: only the nodes
 * whose versions differ from the ones held here are parsed and checked in full. A file of a
 * big meeting in which one field changed costs a scan and the one node, not a parse and
 * validation of every version; the nodes left out merge into exactly what is held here.
 */
export type RemoteChanges = { ok: true; changes: NodeState } | { ok: false; message: string };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The index just past the JSON string starting at `start` (a quote); -1 when it does not end. */
function stringEnd(text: string, start: number): number {
  for (let at = start + 1; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === BACKSLASH) at += 1;
    else if (code === QUOTE) return at + 1;
  }
  return -1;
}

/** The index just past the array starting at `start` ('['); -1 when it does not close. */
function arrayEnd(text: string, start: number): number {
  let depth = 0;
  for (let at = start; at < text.length; at += 1) {
    const char = text[at];
    if (char === '"') {
      at = stringEnd(text, at) - 1;
      if (at < 0) return -1;
    } else if (char === '[' || char === '{') depth += 1;
    else if (char === ']' || char === '}') {
      depth -= 1;
      if (depth === 0) return char === ']' ? at + 1 : -1;
    }
  }
  return -1;
}

const ENVELOPE = /^\{"device":("[a-z0-9]*"),"format":(\d+),"meeting":("(?:[^"\\]|\\.)*"),"nodes":\{/;

/**
 * The node texts of a meeting file in the canonical layout this Notulist writes (sorted keys,
 * no spaces), with its envelope; undefined for any other layout, which is then parsed whole.
 * A node whose text is `held`'s text for it comes without text (undefined): it is matched
 * in place, not scanned. Other values are only delimited here; they are parsed and checked after.
 */
export function splitMeetingFile(text: string, held: Pick<StateLayout, 'keys' | 'texts'> = { keys: [], texts: [] }): { device: string; format: number; meeting: string; nodes: [string, string | undefined][] } | undefined {
  const envelope = ENVELOPE.exec(text);
  if (!envelope) return undefined;
  const nodes: [string, string | undefined][] = [];
  let at = envelope[0].length;
  // Both are in canonical order: the held node of the same id is found by walking along.
  let mine = 0;
  while (text[at] !== '}') {
    if (nodes.length > 0 && text[at++] !== ',') return undefined;
    if (text[at] !== '"') return undefined;
    const keyEnd = stringEnd(text, at);
    if (keyEnd < 0 || text[keyEnd] !== ':' || text[keyEnd + 1] !== '[') return undefined;
    const key = text.slice(at, keyEnd);
    const id = key.includes('\\') ? (JSON.parse(key) as string) : key.slice(1, -1);
    while (mine < held.keys.length && held.keys[mine]! < id) mine += 1;
    // A complete JSON value is no prefix of another, so finding the held text here is finding the value.
    const same = held.keys[mine] === id ? held.texts[mine]! : undefined;
    if (same !== undefined && text.slice(keyEnd + 1, keyEnd + 1 + same.length) === same) {
      nodes.push([id, undefined]);
      at = keyEnd + 1 + same.length;
      continue;
    }
    const valueEnd = arrayEnd(text, keyEnd + 1);
    if (valueEnd < 0) return undefined;
    nodes.push([id, text.slice(keyEnd + 1, valueEnd)]);
    at = valueEnd;
  }
  if (at + 2 !== text.length || text[at + 1] !== '}') return undefined;
  return { device: JSON.parse(envelope[1]!) as string, format: Number(envelope[2]), meeting: JSON.parse(envelope[3]!) as string, nodes };
}

function parseNode(id: string, text: string): { ok: true; versions: NodeState[string] } | { ok: false; message: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: 'not JSON (still arriving, or damaged)' };
  }
  const parsed = NodeVersionsSchema.safeParse(raw);
  // '__proto__' would set the prototype of the object the changes are gathered in.
  return parsed.success && id.length > 0 && id !== '__proto__' ? { ok: true, versions: parsed.data } : { ok: false, message: `node ${JSON.stringify(id)} is not a list of versions` };
}

/** A file in another layout: parsed and checked whole, then compared node by node. */
function changesOfWholeFile(text: string, expected: { meeting: string; device: string }, known: NodeState): RemoteChanges {
  const parsed = parseExchangeFile(MeetingDocumentSchema, text);
  if (!parsed.ok) return parsed;
  if (parsed.value.meeting !== expected.meeting || parsed.value.device !== expected.device) return { ok: false, message: 'names another meeting or device' };
  const changes: NodeState = {};
  for (const [id, versions] of Object.entries(parsed.value.nodes)) {
    const mine = known[id];
    if (!mine || nodeText(mine) !== nodeText(versions)) changes[id] = versions;
  }
  return { ok: true, changes };
}

/**
 * The nodes of a meeting file (`text`, from `expected.device`) whose versions differ from
 * `known`'s, parsed and checked; a node held here with the very same canonical text is left
 * out. Refused as a whole when any part of it is not what a Notulist writes.
 */
export function remoteChanges(text: string, expected: { meeting: string; device: string }, known: NodeState): RemoteChanges {
  const split = splitMeetingFile(text, stateLayout(known));
  if (!split) return changesOfWholeFile(text, expected, known);
  if (split.format > SYNC_FORMAT) return { ok: false, message: `written in sync format ${split.format}, newer than this Notulist understands` };
  if (split.format !== SYNC_FORMAT) return changesOfWholeFile(text, expected, known);
  if (split.meeting !== expected.meeting || split.device !== expected.device) return { ok: false, message: 'names another meeting or device' };
  const changes: NodeState = {};
  for (const [id, versionsText] of split.nodes) {
    if (versionsText === undefined) continue;
    const node = parseNode(id, versionsText);
    if (!node.ok) return node;
    changes[id] = node.versions;
  }
  return { ok: true, changes };
}

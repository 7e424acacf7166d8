import type { NodeState, NodeVersions } from '../../../shared/sync/node-versions';
import { encodeJournalRecord, parseJournal } from '../storage/journal-file';
import { contentHash } from './content-hash';

/**
 * The append-only log beside a local node-state file (`<name>.log` beside `<name>.json`): a
 * change round appends only the nodes it changed instead of rewriting the whole state (2 MB for
 * a long meeting). Its first record names the state file it applies to by that file's hash, so
 * a log left from before a compaction (the crash came between the two writes) is never applied
 * to the newer state. Records are journal records (length, sha-256): a torn tail is ignored.
 */

/** Where a log goes: compacted into the state file past either. */
export const LOG_LIMITS = { records: 50, bytes: 256 * 1024 };

export const stateLogPath = (statePath: string): string => statePath.replace(/\.json$/, '') + '.log';

/** A log that may be appended to: the state file it applies to, and what it holds. */
export interface StateLog {
  base: string;
  records: number;
  bytes: number;
}

interface LogRecord {
  base?: string;
  nodes?: Record<string, NodeVersions>;
}

export function logHeader(stateBytes: Uint8Array): { bytes: Uint8Array; log: StateLog } {
  const base = contentHash(stateBytes);
  const bytes = encodeJournalRecord(JSON.stringify({ base }));
  return { bytes, log: { base, records: 0, bytes: bytes.length } };
}

/** One round's changed nodes as a record; undefined when one of them is not in the state (then the whole state is written). */
export function logRecord(state: NodeState, changed: Iterable<string>): Uint8Array | undefined {
  const nodes: Record<string, NodeVersions> = {};
  for (const key of changed) {
    const versions = state[key];
    if (versions === undefined) return undefined;
    nodes[key] = versions;
  }
  return encodeJournalRecord(JSON.stringify({ nodes }));
}

export const logHasRoom = (log: StateLog): boolean => log.records < LOG_LIMITS.records && log.bytes < LOG_LIMITS.bytes;

/**
 * The state file's state with its log applied. `log` is undefined when nothing may be appended
 * (no log, one for another state file, a torn or damaged record: the next save compacts, so a
 * record is never appended after a bad one and lost with it).
 */
export function applyStateLog(state: NodeState, stateBytes: Uint8Array, logBytes: Uint8Array | undefined): { state: NodeState; changed: string[]; log: StateLog | undefined } {
  if (!logBytes || logBytes.length === 0) return { state, changed: [], log: undefined };
  const journal = parseJournal(Buffer.from(logBytes.buffer, logBytes.byteOffset, logBytes.length));
  const records = journal.records.map((payload) => JSON.parse(payload) as LogRecord);
  const base = records[0]?.base;
  if (base === undefined || base !== contentHash(stateBytes)) return { state, changed: [], log: undefined };
  const next: NodeState = { ...state };
  const changed: string[] = [];
  for (const record of records.slice(1)) {
    for (const [key, versions] of Object.entries(record.nodes ?? {})) {
      next[key] = versions;
      changed.push(key);
    }
  }
  const sound = !journal.tornTail && journal.corrupt === undefined;
  return { state: next, changed, log: sound ? { base, records: records.length - 1, bytes: journal.soundBytes } : undefined };
}

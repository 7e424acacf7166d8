import { createHash } from 'node:crypto';
import { open, readFile, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isMissing } from './fs-errors';
import { syncFolder } from './durable-write';

/**
 * An append-only journal of text records, one line each: `<bytes> <sha-256> <payload>\n`. The
 * length and the hash let a reader tell a record a crash cut off (a torn tail, never
 * acknowledged) from one that is whole, and either from damage.
 */

function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** One record as it goes on disk. The payload must not hold a line break (JSON.stringify never writes one). */
export function encodeJournalRecord(payload: string): Buffer {
  const bytes = Buffer.from(payload, 'utf8');
  return Buffer.concat([Buffer.from(`${bytes.length} ${sha256(bytes)} `), bytes, Buffer.from('\n')]);
}

export interface JournalContents {
  /** The payloads of the sound records before the first bad one, in order. */
  records: string[];
  /** The bytes those records take: a journal cut to this length holds exactly them. */
  soundBytes: number;
  /**
   * A bad record with nothing sound after it is a torn tail (an append the crash cut off, never
   * acknowledged). A bad record followed by more is damage: `corrupt` says where and why.
   */
  tornTail: boolean;
  corrupt?: { offset: number; reason: string };
}

const HEADER = /^(\d{1,10}) ([0-9a-f]{64}) /;
/** Length and hash: `<bytes> <64 hex> `, never longer than this. */
const MAX_HEADER = 10 + 1 + 64 + 1;

/** The record at `offset`: its payload and where the next begins, or why it is not sound. */
function recordAt(bytes: Buffer, offset: number): { payload: string; next: number } | { problem: string } {
  const header = HEADER.exec(bytes.toString('latin1', offset, Math.min(bytes.length, offset + MAX_HEADER)));
  if (!header) return { problem: 'no length and checksum at its start' };
  const start = offset + header[0].length;
  const end = start + Number(header[1]);
  if (end >= bytes.length) return { problem: `it is cut off (${bytes.length - start} of ${header[1]} bytes)` };
  if (bytes[end] !== 0x0a) return { problem: 'it does not end where its length says' };
  const payload = bytes.subarray(start, end);
  if (sha256(payload) !== header[2]) return { problem: 'its checksum does not match' };
  return { payload: payload.toString('utf8'), next: end + 1 };
}

/** Splits a journal's bytes into its sound records; see JournalContents for a bad one. */
export function parseJournal(bytes: Buffer): JournalContents {
  const records: string[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const found = recordAt(bytes, offset);
    if ('problem' in found) {
      // Anything after the bad record's line that reads as a sound record means the damage is in the middle.
      const lineEnd = bytes.indexOf(0x0a, offset);
      const rest = lineEnd < 0 ? undefined : bytes.subarray(lineEnd + 1);
      const soundAfter = rest !== undefined && rest.length > 0 && 'payload' in recordAt(rest, 0);
      if (!soundAfter) return { records, soundBytes: offset, tornTail: true };
      return { records, soundBytes: offset, tornTail: false, corrupt: { offset, reason: `the record at byte ${offset} is damaged: ${found.problem}` } };
    }
    records.push(found.payload);
    offset = found.next;
  }
  return { records, soundBytes: offset, tornTail: false };
}

/** The journal's contents; an absent journal is an empty one. */
export async function readJournal(file: string): Promise<JournalContents> {
  try {
    return parseJournal(await readFile(file));
  } catch (error) {
    if (isMissing(error)) return { records: [], soundBytes: 0, tornTail: false };
    throw error;
  }
}

/**
 * A journal open for appending. Kept open between saves: each append is then one write and one
 * fdatasync, no open or close. `mayBeNew`: the file may not exist yet, so its folder entry is
 * synced once the first record is in.
 */
export class JournalWriter {
  private constructor(
    private readonly file: string,
    private readonly handle: FileHandle,
    private mayBeNew: boolean,
  ) {}

  static async open(file: string, mayBeNew: boolean): Promise<JournalWriter> {
    return new JournalWriter(file, await open(file, 'a'), mayBeNew);
  }

  /** Appends one record and returns once the disk has it: the bytes appended. */
  async append(payload: string): Promise<number> {
    const record = encodeJournalRecord(payload);
    await this.handle.write(record);
    await this.handle.datasync();
    if (this.mayBeNew) await syncFolder(dirname(this.file));
    this.mayBeNew = false;
    return record.length;
  }

  /** Empties the journal once the file it journals holds everything in it. */
  async truncate(): Promise<void> {
    await this.handle.truncate(0);
    await this.handle.sync();
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

/** Empties the journal once what it held is in the file it journals; an absent journal stays absent. */
export async function truncateJournal(file: string): Promise<void> {
  let handle;
  try {
    handle = await open(file, 'r+');
  } catch (error) {
    if (isMissing(error)) return;
    throw error;
  }
  try {
    await handle.truncate(0);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeJournalRecord, JournalWriter, parseJournal, readJournal, truncateJournal } from '../../electron/core/storage/journal-file';
import { useTempDirs } from '../support/temp-workspace';

const records = (...payloads: string[]) => Buffer.concat(payloads.map(encodeJournalRecord));

describe('a journal file', () => {
  const tempDir = useTempDirs();

  it('gives back every record appended, in order, after the writer is gone', async () => {
    const file = join(await tempDir(), 'm.journal');
    const writer = await JournalWriter.open(file, true);
    for (const payload of ['{"n":1}', '{"tekst":"één — twee"}', '{"n":3}']) await writer.append(payload);
    await writer.close();
    expect(await readJournal(file)).toEqual({ records: ['{"n":1}', '{"tekst":"één — twee"}', '{"n":3}'], soundBytes: (await stat(file)).size, tornTail: false });
  });

  it('reads an absent journal as an empty one', async () => {
    expect(await readJournal(join(await tempDir(), 'nergens.journal'))).toEqual({ records: [], soundBytes: 0, tornTail: false });
  });

  it('drops a last record a crash cut off, at any byte, keeping the records before it', () => {
    const sound = records('{"n":1}', '{"n":2}');
    const last = encodeJournalRecord('{"n":3,"tekst":"half geschreven"}');
    for (let cut = 1; cut < last.length; cut += 1) {
      const parsed = parseJournal(Buffer.concat([sound, last.subarray(0, cut)]));
      expect(parsed, `cut after ${cut} bytes`).toEqual({ records: ['{"n":1}', '{"n":2}'], soundBytes: sound.length, tornTail: true });
    }
  });

  it('drops a tail of zeros, as a file system may leave after a crash', () => {
    const parsed = parseJournal(Buffer.concat([records('{"n":1}'), Buffer.alloc(4096)]));
    expect(parsed.records).toEqual(['{"n":1}']);
    expect(parsed.tornTail).toBe(true);
    expect(parsed.corrupt).toBeUndefined();
  });

  it('calls a damaged record followed by sound ones damage, keeping the records before it', () => {
    const first = records('{"n":1}');
    const damaged = records('{"n":2}');
    damaged[damaged.length - 3] = 0x39; // '2' becomes '9': the checksum no longer matches
    const parsed = parseJournal(Buffer.concat([first, damaged, records('{"n":3}')]));
    expect(parsed.records).toEqual(['{"n":1}']);
    expect(parsed.soundBytes).toBe(first.length);
    expect(parsed.tornTail).toBe(false);
    expect(parsed.corrupt).toEqual({ offset: first.length, reason: `the record at byte ${first.length} is damaged: its checksum does not match` });
  });

  it('calls a record whose length is wrong damage when sound records follow it', () => {
    const text = records('{"n":1}').toString('utf8').replace(/^7 /, '6 ');
    const parsed = parseJournal(Buffer.concat([Buffer.from(text), records('{"n":2}')]));
    expect(parsed.records).toEqual([]);
    expect(parsed.corrupt?.reason).toMatch(/does not end where its length says/);
  });

  it('empties a journal in place, and leaves an absent one absent', async () => {
    const dir = await tempDir();
    const file = join(dir, 'm.journal');
    await writeFile(file, records('{"n":1}'));
    await truncateJournal(file);
    expect(await readFile(file)).toHaveLength(0);
    await truncateJournal(join(dir, 'nergens.journal'));
    await expect(stat(join(dir, 'nergens.journal'))).rejects.toThrow(/ENOENT/);
  });

  it('appends after an emptying by its own writer, not at the old end', async () => {
    const file = join(await tempDir(), 'm.journal');
    const writer = await JournalWriter.open(file, true);
    await writer.append('{"n":1}');
    await writer.truncate();
    await writer.append('{"n":2}');
    await writer.close();
    expect((await readJournal(file)).records).toEqual(['{"n":2}']);
  });
});

import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileDurable, type WriteOps } from '../../electron/core/storage/durable-write';
import { useTempDirs } from '../support/temp-workspace';

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: operation not permitted, rename`), { code });
}

/** The real rename, refused with `code` the first `failures` times: what antivirus does. */
function flakyRename(code: string, failures: number): WriteOps & { calls: number } {
  const ops = {
    calls: 0,
    rename: async (from: string, to: string) => {
      ops.calls += 1;
      if (ops.calls <= failures) throw errno(code);
      await rename(from, to);
    },
  };
  return ops;
}

describe('a durable write', () => {
  const tempDir = useTempDirs();

  it('replaces the file and leaves no temp file behind', async () => {
    const dir = await tempDir();
    const file = join(dir, 'meeting.json');
    await writeFile(file, 'old');
    await writeFileDurable(file, 'new');
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['meeting.json']);
  });

  it('retries a rename that fails twice with EPERM, then succeeds', async () => {
    const dir = await tempDir();
    const file = join(dir, 'meeting.json');
    await writeFile(file, 'old');
    const ops = flakyRename('EPERM', 2);
    await writeFileDurable(file, 'new', ops);
    expect(ops.calls).toBe(3);
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['meeting.json']);
  });

  it('retries EBUSY and EACCES too', async () => {
    const dir = await tempDir();
    for (const code of ['EBUSY', 'EACCES']) {
      const file = join(dir, `${code}.json`);
      await writeFileDurable(file, code, flakyRename(code, 1));
      expect(await readFile(file, 'utf8')).toBe(code);
    }
  });

  it('reports a rename that keeps failing as a storage error, keeping the old content intact', async () => {
    const dir = await tempDir();
    const file = join(dir, 'meeting.json');
    await writeFile(file, 'old');
    const ops = flakyRename('EPERM', Number.POSITIVE_INFINITY);
    await expect(writeFileDurable(file, 'new', ops)).rejects.toMatchObject({ code: 'storage', message: expect.stringContaining('EPERM') });
    expect(ops.calls).toBeGreaterThan(3);
    expect(await readFile(file, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['meeting.json']);
  }, 20_000);

  it('does not retry an error that will not go away', async () => {
    const dir = await tempDir();
    const ops = flakyRename('ENOSPC', 1);
    await expect(writeFileDurable(join(dir, 'a.json'), 'x', ops)).rejects.toMatchObject({ code: 'storage' });
    expect(ops.calls).toBe(1);
  });

  it('serializes concurrent writes to one path, the last call winning', async () => {
    const dir = await tempDir();
    const file = join(dir, 'meeting.json');
    await Promise.all(Array.from({ length: 25 }, (_, n) => writeFileDurable(file, `version ${n}`)));
    expect(await readFile(file, 'utf8')).toBe('version 24');
    expect(await readdir(dir)).toEqual(['meeting.json']);
  });

  it('reports a folder that does not exist as a storage error', async () => {
    const dir = await tempDir();
    await expect(writeFileDurable(join(dir, 'missing', 'a.json'), 'x')).rejects.toMatchObject({ code: 'storage' });
  });
});

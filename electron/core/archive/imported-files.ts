import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { writeFileDurable } from '../storage/durable-write';
import { isMissing } from '../storage/fs-errors';

/** SHA-256 of a file's bytes, in hex: what makes two imports the same document. */
export function fileHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The Word documents kept beside their imported meetings, imports/<meeting id>.docx, and which
 * document each meeting came from. The files are the record: the hashes are read from them on
 * first use, so a copy put back by hand or a meeting deleted since is seen as it is.
 */
export class ImportedFiles {
  private readonly folder: string;
  /** Meeting id by document hash, read once from the folder; undefined until then. */
  private byHash: Map<string, string> | undefined;

  constructor(workspaceDir: string) {
    this.folder = join(workspaceDir, 'imports');
  }

  /** The copy's path relative to the workspace, as the meeting's imported.file names it. */
  static relativePath(meetingId: string): string {
    return `imports/${meetingId}.docx`;
  }

  /** The meeting already imported from this document, if it is still in the workspace. */
  async meetingOf(hash: string, exists: (meetingId: string) => boolean): Promise<string | undefined> {
    const byHash = await this.load();
    const id = byHash.get(hash);
    return id !== undefined && exists(id) ? id : undefined;
  }

  async keep(meetingId: string, hash: string, bytes: Uint8Array): Promise<void> {
    const file = join(this.folder, `${meetingId}.docx`);
    try {
      await mkdir(this.folder, { recursive: true });
      await writeFileDurable(file, bytes);
    } catch (error) {
      // Said as the workspace's problem (the UI words "storage" in Dutch), not as an internal error.
      throw new ApiError('storage', `cannot keep the imported document as ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    (await this.load()).set(hash, meetingId);
  }

  private async load(): Promise<Map<string, string>> {
    if (this.byHash) return this.byHash;
    const byHash = new Map<string, string>();
    let names: string[] = [];
    try {
      names = await readdir(this.folder);
    } catch (error) {
      if (!isMissing(error)) throw new ApiError('storage', `cannot read the imported documents in ${this.folder}: ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const name of names.filter((entry) => entry.endsWith('.docx') && !entry.startsWith('.'))) {
      byHash.set(fileHash(await readFile(join(this.folder, name))), name.slice(0, -'.docx'.length));
    }
    this.byHash = byHash;
    return byHash;
  }
}

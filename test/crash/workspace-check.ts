import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { describeIssues } from '../../shared/api/errors';
import { parseMeetingFile } from '../../shared/model/meeting-file';
import { WorkspaceFileSchema } from '../../electron/core/workspace/workspace-db';

export interface WorkspaceFinding {
  /** Relative to the workspace. */
  file: string;
  reason: string;
}

export interface WorkspaceCheck {
  /** Files read and validated. */
  checked: number;
  /** Files that do not parse or validate, and files the restarted core set aside in quarantine/. */
  corrupt: WorkspaceFinding[];
  /** Temp files of an interrupted durable write that are still there after the restart. */
  tempFiles: string[];
  /** Meeting files without a saved version of theirs under backups/. */
  withoutBackup: string[];
}

/** Folders whose .json files are meeting files: the current ones, their backups, deleted ones. */
const MEETING_FOLDERS = new Set(['meetings', 'backups', 'trash']);

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

type FileKind = 'workspace' | 'meeting';

function kindOf(path: string): FileKind | undefined {
  if (path === 'notulist.json') return 'workspace';
  const [top] = path.split(sep);
  return top !== undefined && MEETING_FOLDERS.has(top) && path.endsWith('.json') ? 'meeting' : undefined;
}

function problemOf(kind: FileKind, text: string): string | undefined {
  if (kind === 'workspace') {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      return `not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
    }
    const parsed = WorkspaceFileSchema.safeParse(raw);
    return parsed.success ? undefined : describeIssues(parsed.error).join('; ');
  }
  const result = parseMeetingFile(text);
  return result.ok ? undefined : `${result.kind}: ${result.problems.join('; ')}`;
}

/**
 * Reads every file of the workspace as the app would: notulist.json against its schema, every
 * meeting file (current, backup, trash) through parseMeetingFile. Anything in quarantine/ that was
 * not there before (`knownQuarantine`, updated in place) is a file the restarted core found damaged.
 */
export async function checkWorkspace(workspace: string, knownQuarantine: Set<string>): Promise<WorkspaceCheck> {
  const result: WorkspaceCheck = { checked: 0, corrupt: [], tempFiles: [], withoutBackup: [] };
  const files = await filesUnder(workspace);
  const paths = new Set(files.map((full) => relative(workspace, full)));
  // Saved versions live under backups/<id>/ (an older workspace: backups/<id>.json).
  const backedUp = new Set([...paths].map((path) => path.split(sep)).filter(([top, , file]) => top === 'backups' && file?.endsWith('.json')).map(([, id]) => `${id}.json`));
  for (const path of paths) {
    const [top, name] = path.split(sep);
    if (top === 'meetings' && name?.endsWith('.json') && !backedUp.has(name) && !paths.has(join('backups', name))) result.withoutBackup.push(path);
  }
  for (const full of files) {
    const path = relative(workspace, full);
    if (path.endsWith('.tmp')) {
      result.tempFiles.push(path);
      continue;
    }
    if (path.startsWith(`quarantine${sep}`)) {
      if (path.endsWith('.reason.txt') || knownQuarantine.has(path)) continue;
      knownQuarantine.add(path);
      const reason = await readFile(`${full}.reason.txt`, 'utf8').catch(() => 'no reason recorded');
      result.corrupt.push({ file: path, reason: `quarantined on restart: ${reason.trim().replace(/\s+/g, ' ')}` });
      continue;
    }
    const kind = kindOf(path);
    if (kind === undefined) continue;
    result.checked += 1;
    const problem = problemOf(kind, await readFile(full, 'utf8'));
    if (problem !== undefined) result.corrupt.push({ file: path, reason: problem });
  }
  return result;
}

import type { ArgsOf, NotulistApi } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/api-error';

/** One save the core has not confirmed: every change since the meeting's last confirmed save. */
export type UnsentSave = ArgsOf<'saveMeetingChanges'>;

/** The part of the Web Storage API used here: localStorage in the page, a Map in tests. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'notulist.unsent:';
/** An unsent save the core refused (its meeting is gone or changed shape): kept, never resent. */
const REFUSED_PREFIX = 'notulist.unsent-refused:';

interface StoredUnsent {
  workspace: string;
  meetingId: string;
  keptAt: string;
  save: UnsentSave;
}

/**
 * Changes typed but not yet confirmed by the core, kept in browser storage per workspace and
 * meeting, so that neither a host that is away nor a reload meanwhile loses them. Synchronous
 * (localStorage), so that a page being closed still keeps what it has.
 */
export class UnsentChanges {
  /** The open workspace (getInfo's answer); nothing is kept or sent before it is known. */
  private workspace: string | undefined;

  constructor(private readonly storage: KeyValueStorage | undefined) {}

  learnWorkspace(workspace: string): void {
    this.workspace = workspace;
  }

  knowsWorkspace(): boolean {
    return this.workspace !== undefined;
  }

  /** Whether any workspace has unsent changes: checked before the workspace is known. */
  any(): boolean {
    return this.keys(PREFIX).length > 0;
  }

  /** Keeps the save; false when it could not be kept (no storage, storage full). */
  keep(save: UnsentSave): boolean {
    if (!this.storage || this.workspace === undefined) return false;
    const record: StoredUnsent = { workspace: this.workspace, meetingId: save.meeting.id, keptAt: new Date().toISOString(), save };
    try {
      this.storage.setItem(this.keyOf(save.meeting.id), JSON.stringify(record));
      return true;
    } catch (error) {
      console.warn(`notulist: could not keep unsent changes in the browser: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }

  drop(meetingId: string): void {
    if (this.storage && this.workspace !== undefined) this.storage.removeItem(this.keyOf(meetingId));
  }

  /** The kept saves of this workspace, for one meeting or all. */
  saves(meetingId?: string): UnsentSave[] {
    return this.records(PREFIX)
      .filter((record) => record.workspace === this.workspace && (meetingId === undefined || record.meetingId === meetingId))
      .map((record) => record.save);
  }

  /**
   * Sends the kept saves (of one meeting, or all) before anything is read, and forgets each
   * once the core confirms it. A save the core refuses is set aside, never dropped; a host that
   * is away or refuses access makes this throw, and everything stays kept.
   */
  async sendFirst(api: NotulistApi, meetingId?: string): Promise<void> {
    for (const save of this.saves(meetingId)) {
      try {
        await api.saveMeetingChanges(save);
        this.drop(save.meeting.id);
      } catch (error) {
        if (!(error instanceof ApiError) || !['invalid-argument', 'not-found'].includes(error.code)) throw error;
        console.warn(`notulist: unsent changes of meeting ${save.meeting.id} were refused (${error.message}); kept aside in this browser`);
        this.setAside(save.meeting.id);
      }
    }
  }

  private setAside(meetingId: string): void {
    const key = this.keyOf(meetingId);
    const value = this.storage?.getItem(key);
    if (!this.storage || value == null) return;
    this.storage.setItem(`${REFUSED_PREFIX}${key.slice(PREFIX.length)}:${Date.now()}`, value);
    this.storage.removeItem(key);
  }

  private keyOf(meetingId: string): string {
    return `${PREFIX}${JSON.stringify([this.workspace, meetingId])}`;
  }

  private keys(prefix: string): string[] {
    const found: string[] = [];
    if (!this.storage) return found;
    for (let index = 0; index < this.storage.length; index += 1) {
      const key = this.storage.key(index);
      if (key?.startsWith(prefix)) found.push(key);
    }
    return found;
  }

  private records(prefix: string): StoredUnsent[] {
    return this.keys(prefix).flatMap((key) => {
      try {
        // Written by this code only; checked enough that a damaged entry is skipped, not sent.
        const record = JSON.parse(this.storage?.getItem(key) ?? 'null') as StoredUnsent | null;
        return record && typeof record.workspace === 'string' && typeof record.save?.meeting?.id === 'string' ? [record] : [];
      } catch {
        return [];
      }
    });
  }
}

/** The page's localStorage, or undefined where the browser refuses it (some private modes). */
export function browserStorage(): KeyValueStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

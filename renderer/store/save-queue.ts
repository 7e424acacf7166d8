import type { Meeting } from '../../shared/model/meeting';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; error: unknown; retryAt: number };

export interface SaveQueueOptions {
  save: (meeting: Meeting) => Promise<{ savedAt: string }>;
  onStatus: (status: SaveStatus) => void;
  /** Quiet time after the last change before saving. */
  debounceMs?: number;
  /** Longest a change waits while typing goes on: the "on disk within a second" promise. */
  maxWaitMs?: number;
  now?: () => number;
}

const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 15000, 30000];

export interface SaveQueue {
  /** The meeting changed; it will be saved soon. */
  schedule(meeting: Meeting): void;
  /** Save now; resolves when nothing is left unsaved or the save failed. */
  flush(): Promise<void>;
  hasUnsaved(): boolean;
  dispose(): void;
}

/**
 * Saves the newest state of one meeting: debounced while typing, never more than one request in
 * flight (a newer state waits and wins), and retried with backoff when the disk or host fails.
 */
export function createSaveQueue(options: SaveQueueOptions): SaveQueue {
  const debounceMs = options.debounceMs ?? 300;
  const maxWaitMs = options.maxWaitMs ?? 800;
  const now = options.now ?? (() => Date.now());
  let latest: Meeting | undefined;
  let dirty = false;
  let inFlight: Promise<void> | undefined;
  let debounceTimer: ReturnType<typeof setTimeout> | undefined;
  let maxWaitTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let waiters: (() => void)[] = [];
  let pendingReported = false;

  const clearTimers = (): void => {
    clearTimeout(debounceTimer);
    clearTimeout(maxWaitTimer);
    clearTimeout(retryTimer);
    debounceTimer = maxWaitTimer = retryTimer = undefined;
  };

  const settleWaiters = (): void => {
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  };

  function run(): void {
    clearTimers();
    if (inFlight || !dirty || !latest) return;
    const snapshot = latest;
    dirty = false;
    pendingReported = false;
    options.onStatus({ kind: 'saving' });
    inFlight = options
      .save(snapshot)
      .then(
        ({ savedAt }) => {
          failures = 0;
          if (!dirty) options.onStatus({ kind: 'saved', at: savedAt });
        },
        (error: unknown) => {
          dirty = true;
          const delay = RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length - 1)]!;
          failures += 1;
          options.onStatus({ kind: 'failed', error, retryAt: now() + delay });
          retryTimer = setTimeout(run, delay);
          settleWaiters();
        },
      )
      .finally(() => {
        inFlight = undefined;
        if (!dirty) settleWaiters();
        else if (failures === 0) (waiters.length > 0 ? run() : arm());
      });
  }

  /** Starts the debounce (and, once, the max-wait) clock for the changes not yet saved. */
  function arm(): void {
    // Said once, not on every keystroke: each report re-renders the status line.
    if (!pendingReported) options.onStatus({ kind: 'pending' });
    pendingReported = true;
    clearTimeout(debounceTimer);
    debounceTimer = setTimeout(run, debounceMs);
    maxWaitTimer ??= setTimeout(run, maxWaitMs);
  }

  return {
    schedule(meeting) {
      latest = meeting;
      dirty = true;
      // While a save is in flight or a retry is waiting, the newer state simply rides along.
      if (inFlight || failures > 0) return;
      arm();
    },
    flush() {
      if (!dirty && !inFlight) return Promise.resolve();
      const settled = new Promise<void>((resolve) => waiters.push(resolve));
      run();
      return settled;
    },
    hasUnsaved: () => dirty || inFlight !== undefined,
    dispose: clearTimers,
  };
}

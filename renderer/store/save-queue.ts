import type { Meeting } from '../../shared/model/meeting';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  /** keptInBrowser: the changes wait safely in browser storage meanwhile. */
  | { kind: 'failed'; error: unknown; retryAt: number; keptInBrowser?: boolean };

export interface SaveQueueOptions {
  save: (meeting: Meeting) => Promise<{ savedAt: string }>;
  onStatus: (status: SaveStatus) => void;
  /** Quiet time after the last change before saving. */
  debounceMs?: number;
  /** Longest a change waits while typing goes on: the "on disk within a second" promise. */
  maxWaitMs?: number;
  now?: () => number;
}

// Capped at 5 s: a host that was restarted, or a disk given space, is used again soon after.
const RETRY_DELAYS_MS = [1000, 2000, 4000, 5000];

export interface SaveQueue {
  /** The meeting changed; it will be saved soon. */
  schedule(meeting: Meeting): void;
  /** Save now; resolves when nothing is left unsaved or the save failed. */
  flush(): Promise<void>;
  hasUnsaved(): boolean;
  dispose(): void;
}

/** When the unsent changes should leave: after a pause in typing, or at the latest maxWaitMs after the first. */
function createDueClock(debounceMs: number, maxWaitMs: number, now: () => number) {
  let firstUnsentAt = 0;
  let lastChangeAt = 0;
  const dueAt = (): number => Math.min(lastChangeAt + debounceMs, firstUnsentAt + maxWaitMs);
  return {
    /** A change was made; `first` when nothing was unsent before it. */
    changed(first: boolean): void {
      const at = now();
      if (first) firstUnsentAt = at;
      lastChangeAt = at;
    },
    /** A failed save's changes are unsent again from now. */
    unsentAgain(): void {
      firstUnsentAt = now();
    },
    isDue: (): boolean => now() >= dueAt(),
    msUntilDue: (): number => Math.max(0, dueAt() - now()),
  };
}

/** The callers of flush, told once the queue settles. */
function createWaiters() {
  let waiters: (() => void)[] = [];
  return {
    wait: (): Promise<void> => new Promise<void>((resolve) => waiters.push(resolve)),
    any: (): boolean => waiters.length > 0,
    settle(): void {
      const done = waiters;
      waiters = [];
      for (const resolve of done) resolve();
    },
  };
}

/**
 * Saves the newest state of one meeting: debounced while typing, never more than one request in
 * flight (a newer state waits and wins), and retried with backoff when the disk or host fails.
 * The clocks run from the change itself, also while a save is in flight: a change typed then
 * leaves as soon as that save is done if its time has come, so it is on disk within a second.
 */
export function createSaveQueue(options: SaveQueueOptions): SaveQueue {
  const now = options.now ?? (() => Date.now());
  const clock = createDueClock(options.debounceMs ?? 300, options.maxWaitMs ?? 800, now);
  const waiters = createWaiters();
  let latest: Meeting | undefined;
  let dirty = false;
  let inFlight: Promise<void> | undefined;
  let dueTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let pendingReported = false;

  const clearTimers = (): void => {
    clearTimeout(dueTimer);
    clearTimeout(retryTimer);
    dueTimer = retryTimer = undefined;
  };

  const failed = (error: unknown): void => {
    if (!dirty) clock.unsentAgain();
    dirty = true;
    const delay = RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length - 1)]!;
    failures += 1;
    options.onStatus({ kind: 'failed', error, retryAt: now() + delay });
    retryTimer = setTimeout(run, delay);
    waiters.settle();
  };

  function run(): void {
    if (inFlight || !dirty || !latest) return;
    clearTimers();
    const snapshot = latest;
    dirty = false;
    pendingReported = false;
    options.onStatus({ kind: 'saving' });
    inFlight = options
      .save(snapshot)
      .then(({ savedAt }) => {
        failures = 0;
        if (!dirty) options.onStatus({ kind: 'saved', at: savedAt });
      }, failed)
      .finally(() => {
        inFlight = undefined;
        if (!dirty) waiters.settle();
        else if (failures === 0) (waiters.any() || clock.isDue() ? run() : arm());
      });
  }

  /** (Re)sets the one timer to when the unsent changes are due; while a save is in flight it only marks the time. */
  function arm(): void {
    // Said once, not on every keystroke: each report re-renders the status line.
    if (!pendingReported && !inFlight) {
      options.onStatus({ kind: 'pending' });
      pendingReported = true;
    }
    clearTimeout(dueTimer);
    dueTimer = setTimeout(run, clock.msUntilDue());
  }

  return {
    schedule(meeting) {
      clock.changed(!dirty);
      latest = meeting;
      dirty = true;
      // While a retry is waiting, the newer state simply rides along with it.
      if (failures > 0) return;
      arm();
    },
    flush() {
      if (!dirty && !inFlight) return Promise.resolve();
      const settled = waiters.wait();
      run();
      return settled;
    },
    hasUnsaved: () => dirty || inFlight !== undefined,
    dispose: clearTimers,
  };
}

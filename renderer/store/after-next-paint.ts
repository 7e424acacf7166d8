/**
 * Runs `task` once the browser has painted the next frame: work that the screen does not wait
 * for (bookkeeping after a keystroke) then never delays the keystroke's own paint. A hidden
 * page paints no frames, so a timer runs it anyway within `latestMs`; once the task has run,
 * that timer is cleared, so a keystroke does not leave a timer behind to wake the page later.
 */
export function afterNextPaint(task: () => void, latestMs = 100): void {
  let done = false;
  let latest: ReturnType<typeof setTimeout> | undefined;
  const once = (): void => {
    if (done) return;
    done = true;
    clearTimeout(latest);
    task();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
  latest = setTimeout(once, latestMs);
}

/**
 * Runs `task` once the browser has painted the next frame: work that the screen does not wait
 * for (bookkeeping after a keystroke) then never delays the keystroke's own paint. A hidden
 * page paints no frames, so a timer runs it anyway within `latestMs`.
 */
export function afterNextPaint(task: () => void, latestMs = 100): void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    task();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, latestMs);
}

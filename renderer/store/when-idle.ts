/**
 * Runs `task` once the browser is idle: work the first view does not need (notices, the sync
 * status, the other screens) then waits until that view is painted and the page has nothing
 * else to do, instead of competing with it. A page that never idles runs it within `latestMs`.
 */
export function whenIdle(task: () => void, latestMs = 2000): () => void {
  const handle = requestIdleCallback(task, { timeout: latestMs });
  return () => cancelIdleCallback(handle);
}

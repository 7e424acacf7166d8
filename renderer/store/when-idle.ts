/**
 * Runs `task` once the browser is idle: work the first view does not need (notices, the sync
 * status, the other screens) then waits until that view is painted and the page has nothing
 * else to do, instead of competing with it. A page that never idles runs it within `latestMs`;
 * without idle callbacks (the store's tests under Node) it runs on the next task.
 */
export function whenIdle(task: () => void, latestMs = 2000): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(task, 0);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(task, { timeout: latestMs });
  return () => cancelIdleCallback(handle);
}

/**
 * What the page knows of its link to the core: whether the host let it in. Under Electron the
 * answer is always yes; in the browser host a 401 means the link's token is missing or no
 * longer valid, which the UI shows as "Geen toegang" instead of an empty workspace.
 */
export interface Connection {
  access: 'unknown' | 'granted' | 'denied';
  /** Whether this page was opened with a token in its address (the link the host printed). */
  openedWithToken: boolean;
}

let current: Connection = { access: 'unknown', openedWithToken: false };
const listeners = new Set<() => void>();

export function connection(): Connection {
  return current;
}

export function subscribeConnection(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function noteConnection(change: Partial<Connection>): void {
  const next = { ...current, ...change };
  if (next.access === current.access && next.openedWithToken === current.openedWithToken) return;
  current = next;
  for (const listener of listeners) listener();
}

/** Where the app is, kept in the URL's hash so a reload returns to the open meeting. */
export const MEETING_TABS = ['prepare', 'notes', 'live', 'decisions'] as const;
export type MeetingTab = (typeof MEETING_TABS)[number];

export type Route =
  | { name: 'list' }
  | { name: 'new' }
  | { name: 'settings' }
  | { name: 'decisions-and-actions' }
  /** `item`: the agenda item to show, scrolled into view and highlighted (a search hit). */
  | { name: 'meeting'; id: string; tab: MeetingTab; item?: string };

const PLAIN_ROUTES = ['new', 'settings', 'decisions-and-actions'] as const;

export function readRoute(): Route {
  const params = new URLSearchParams(window.location.hash.slice(1));
  const id = params.get('meeting');
  const tab = params.get('tab');
  const item = params.get('item');
  if (id) return { name: 'meeting', id, tab: (MEETING_TABS as readonly string[]).includes(tab ?? '') ? (tab as MeetingTab) : 'notes', ...(item ? { item } : {}) };
  const plain = PLAIN_ROUTES.find((name) => params.has(name));
  return plain ? { name: plain } : { name: 'list' };
}

export function writeRoute(route: Route): void {
  const item = route.name === 'meeting' && route.item ? `&item=${encodeURIComponent(route.item)}` : '';
  const hash =
    route.name === 'meeting' ? `#meeting=${encodeURIComponent(route.id)}&tab=${route.tab}${item}` : route.name === 'list' ? '#' : `#${route.name}`;
  const address = hash === '#' ? window.location.pathname : hash;
  const current = hash === '#' ? `${window.location.pathname}${window.location.hash}` : window.location.hash;
  // Already there (a start lands where the address says): replaceState costs milliseconds.
  if (address === current) return;
  // replaceState: no history entries to wander back through, and the token leaves the address bar.
  window.history.replaceState(null, '', address);
}

/** Where the app is, kept in the URL's hash so a reload returns to the open meeting. */
export const MEETING_TABS = ['prepare', 'notes', 'live', 'decisions'] as const;
export type MeetingTab = (typeof MEETING_TABS)[number];

export type Route = { name: 'list' } | { name: 'new' } | { name: 'settings' } | { name: 'meeting'; id: string; tab: MeetingTab };

export function readRoute(): Route {
  const params = new URLSearchParams(window.location.hash.slice(1));
  const id = params.get('meeting');
  const tab = params.get('tab');
  if (id) return { name: 'meeting', id, tab: (MEETING_TABS as readonly string[]).includes(tab ?? '') ? (tab as MeetingTab) : 'notes' };
  if (params.has('settings')) return { name: 'settings' };
  return params.has('new') ? { name: 'new' } : { name: 'list' };
}

export function writeRoute(route: Route): void {
  const hash =
    route.name === 'meeting' ? `#meeting=${encodeURIComponent(route.id)}&tab=${route.tab}` : route.name === 'list' ? '#' : `#${route.name}`;
  // replaceState: no history entries to wander back through, and the token leaves the address bar.
  window.history.replaceState(null, '', hash === '#' ? window.location.pathname : hash);
}

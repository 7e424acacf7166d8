/** Where the app is, kept in the URL's hash so a reload returns to the open meeting. */
export type Route = { name: 'list' } | { name: 'new' } | { name: 'meeting'; id: string };

export function readRoute(): Route {
  const params = new URLSearchParams(window.location.hash.slice(1));
  const id = params.get('meeting');
  if (id) return { name: 'meeting', id };
  return params.has('new') ? { name: 'new' } : { name: 'list' };
}

export function writeRoute(route: Route): void {
  const hash = route.name === 'meeting' ? `#meeting=${encodeURIComponent(route.id)}` : route.name === 'new' ? '#new' : '#';
  // replaceState: no history entries to wander back through, and the token leaves the address bar.
  window.history.replaceState(null, '', hash === '#' ? window.location.pathname : hash);
}

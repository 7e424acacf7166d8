import { connectApi } from './api/client';
import { createAppStore } from './store/app-store';
import { readRoute } from './store/route';

// The data first: the store asks for the open meeting at once, while the browser fetches and
// compiles the view (React, the editor), which is most of the code. On a long meeting this
// overlap is most of the start-up time saved (npm run bench).
const store = createAppStore(connectApi());
const started = store.getState().start();

// Nothing typed may be lost when the window closes or the tab goes to the background.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void store.getState().flush();
});
window.addEventListener('pagehide', () => void store.getState().flush());
window.addEventListener('beforeunload', (event) => {
  if (!store.getState().hasUnsaved()) return;
  // Hold the close until the last save is on disk, then close for real (Electron honours this).
  event.preventDefault();
  void store
    .getState()
    .flush()
    .then(() => window.close());
});

// The view appears once the first data is in: no flash of an empty meeting list before a
// reloaded meeting, and no render the browser would throw away. start() reports its own errors.
const view = import('./mount').then((loaded) => {
  // The screen the address names, on its way while the first data is.
  void loaded.loadScreenOf(readRoute());
  return loaded;
});
void Promise.all([view, started]).then(([{ mount }]) => mount(store));

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadAllScreens, loadScreen, screenOf } from './screens/screen-loader';
import type { Route } from './store/route';
import type { AppStore } from './store/app-store';
import { StoreContext } from './store/store-context';
import { whenIdle } from './store/when-idle';
import './styles.css';

/**
 * Loads the screen a route shows, if it is not the live view (which is part of this chunk). Never
 * rejects: a screen whose chunk fails says so itself when shown (LazyScreen).
 */
export async function loadScreenOf(route: Route): Promise<void> {
  const screen = screenOf(route);
  if (screen) await loadScreen(screen).catch(() => undefined);
}

/**
 * The view: React, the editor and the live view, loaded while the first data is on its way. It
 * appears once the screen the start landed on is in, so that no screen shows a loading line.
 */
export async function mount(store: AppStore): Promise<void> {
  await loadScreenOf(store.getState().route);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </StrictMode>,
  );
  // The other screens once the view is up, so that none waits when it is asked for.
  whenIdle(() => void loadAllScreens());
}

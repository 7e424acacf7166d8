import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { lazyScreenOf, preloadLazyScreens } from './screens/lazy-screens';
import type { AppStore } from './store/app-store';
import { StoreContext } from './store/store-context';
import './styles.css';

/** The view: React, the editor and the first view's screens, loaded while the first data is on its way. */
export async function mount(store: AppStore): Promise<void> {
  // A start on a screen whose code loads apart waits for it, rather than flash an empty screen.
  await lazyScreenOf(store.getState().route)
    ?.preload()
    .catch(() => undefined);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </StrictMode>,
  );
  preloadLazyScreens();
}

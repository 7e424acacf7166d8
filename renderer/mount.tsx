import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { AppStore } from './store/app-store';
import { StoreContext } from './store/store-context';
import './styles.css';

/** The view: React, the editor and every screen, loaded while the first data is on its way. */
export function mount(store: AppStore): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </StrictMode>,
  );
}

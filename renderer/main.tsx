import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectApi } from './api/client';
import { App } from './App';
import { createAppStore } from './store/app-store';
import { StoreContext } from './store/store-context';
import './styles.css';

const store = createAppStore(connectApi());

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

void store.getState().start();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>
  </StrictMode>,
);

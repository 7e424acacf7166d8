// The floor for start-up: an empty React page built by the same Vite.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<textarea id="ready" aria-label="ready" />);

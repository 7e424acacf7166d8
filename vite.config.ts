import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./renderer', import.meta.url));

export default defineConfig(({ command }) => {
  // A build is always the production build, even when the shell (or vitest, running `npm start`)
  // has set NODE_ENV: React's development build is three times the size and much slower to start.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    root,
    // Relative asset paths: the same build loads from file:// in Electron and from the browser host.
    base: './',
    plugins: [react()],
    build: {
      outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
      emptyOutDir: true,
      sourcemap: true,
      chunkSizeWarningLimit: 2000,
    },
  };
});

import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('./renderer', import.meta.url));

/**
 * The view chunk (renderer/mount.tsx) is imported dynamically, so that the first API calls go out
 * before it is compiled; modulepreload links let the browser fetch and compile it, and the chunks
 * it imports, meanwhile.
 */
function preloadView(): Plugin {
  return {
    name: 'notulist-preload-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunks = Object.values(context.bundle ?? {}).filter((chunk) => chunk.type === 'chunk');
        const view = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/renderer/mount.tsx'));
        if (!view) throw new Error('vite.config.ts: the view chunk (renderer/mount.tsx) is missing from the build');
        // The chunks the view imports (code it shares with the on-demand screens), but not the
        // page's own entry, which the page loads anyway.
        const entry = new Set(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
        const files = [view.fileName, ...view.imports.filter((file) => !entry.has(file))];
        const preloads = files.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const }));
        const styles = [...(view.viteMetadata?.importedCss ?? [])].map((file) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const }));
        return [...preloads, ...styles];
      },
    },
  };
}

export default defineConfig(({ command }) => {
  // A build is always the production build, even when the shell (or vitest, running `npm start`)
  // has set NODE_ENV: React's development build is three times the size and much slower to start.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    root,
    // Relative asset paths: the same build loads from file:// in Electron and from the browser host.
    base: './',
    plugins: [react(), preloadView()],
    build: {
      outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
      emptyOutDir: true,
      sourcemap: true,
      chunkSizeWarningLimit: 2000,
    },
  };
});

import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('./renderer', import.meta.url));

/**
 * The view chunk (renderer/mount.tsx) is imported dynamically, so that the first API calls go out
 * before it is compiled; a modulepreload link lets the browser fetch and compile it meanwhile.
 */
function preloadView(): Plugin {
  return {
    name: 'notulist-preload-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const view = Object.values(context.bundle ?? {}).find((chunk) => chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith('/renderer/mount.tsx'));
        if (!view) throw new Error('vite.config.ts: the view chunk (renderer/mount.tsx) is missing from the build');
        const styles = [...(view.viteMetadata?.importedCss ?? [])].map((file) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const }));
        return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${view.fileName}` }, injectTo: 'head' }, ...styles];
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

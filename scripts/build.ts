import { build as esbuild } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as viteBuild } from 'vite';
import { ELECTRON_DIST, PROJECT_ROOT } from '../electron/core/page/app-paths';
import { bundleCli } from '../bin/cli-bundle.mjs';

/** The Electron entry points, bundled: a sandboxed preload cannot load modules from disk. */
export async function buildElectron(): Promise<void> {
  const common = {
    bundle: true,
    platform: 'node' as const,
    format: 'cjs' as const,
    target: 'node22',
    external: ['electron'],
    sourcemap: true,
    logLevel: 'warning' as const,
    // CommonJS has no import.meta; give modules that use it their own file URL.
    define: { 'import.meta.url': '__notulistImportMetaUrl' },
    banner: { js: 'const __notulistImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  };
  await esbuild({ ...common, entryPoints: [join(PROJECT_ROOT, 'electron', 'desktop', 'main.ts')], outfile: join(ELECTRON_DIST, 'main.cjs') });
  await esbuild({ ...common, entryPoints: [join(PROJECT_ROOT, 'electron', 'desktop', 'preload.ts')], outfile: join(ELECTRON_DIST, 'preload.cjs') });
}

export async function buildRenderer(): Promise<void> {
  await viteBuild({ configFile: join(PROJECT_ROOT, 'vite.config.ts'), logLevel: 'warn' });
}

export async function buildAll(): Promise<void> {
  await buildRenderer();
  await buildElectron();
  await bundleCli(PROJECT_ROOT);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildAll()
    .then(() => console.log('Built dist/renderer and dist/electron.'))
    .catch((error: unknown) => {
      console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}

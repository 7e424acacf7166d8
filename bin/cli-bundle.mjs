// The CLI as one bundled file: starting it costs no TypeScript transpiling (see the export
// benchmark). Rebuilt on demand whenever a source file is newer than the bundle.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function bundlePath(root) {
  return join(root, 'dist', 'cli', 'notulist.mjs');
}

function newestSource(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(ts|tsx|json)$/.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

export function isBundleFresh(root) {
  try {
    const built = statSync(bundlePath(root)).mtimeMs;
    return built >= Math.max(newestSource(join(root, 'electron')), newestSource(join(root, 'shared')), statSync(join(root, 'package-lock.json')).mtimeMs);
  } catch {
    return false;
  }
}

/**
 * zod re-exports its error messages in 40-odd languages as `z.locales`; Notulist uses none of
 * them (English is configured on its own), and they were a fifth of the CLI bundle, parsed at
 * every start. The aggregate module becomes an empty one.
 */
const withoutZodLocales = {
  name: 'without-zod-locales',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => (/[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'empty' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

export async function bundleCli(root) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(root, 'electron', 'cli', 'main.ts')],
    outfile: bundlePath(root),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    plugins: [withoutZodLocales],
    // Less to parse at every start; names stay, so an internal error's stack still reads.
    minifyWhitespace: true,
    minifySyntax: true,
    // Bundled CommonJS dependencies may call require() for Node built-ins.
    banner: { js: "import { createRequire as __notulistCreateRequire } from 'node:module'; const require = __notulistCreateRequire(import.meta.url);" },
  });
}

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
    // Bundled CommonJS dependencies may call require() for Node built-ins.
    banner: { js: "import { createRequire as __notulistCreateRequire } from 'node:module'; const require = __notulistCreateRequire(import.meta.url);" },
  });
}

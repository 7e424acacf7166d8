import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|tsx)$/.test(name))
    .map((name) => join(folder, name));
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((match) => match[1]!);
}

describe('the layout is the architecture', () => {
  it('imports electron only in electron/main.ts and electron/preload.ts', () => {
    // The detection itself works: the two shells are seen importing it.
    expect(importsOf('electron/main.ts')).toContain('electron');
    expect(importsOf('electron/preload.ts')).toContain('electron');
    const offenders = [...sourceFiles('electron'), ...sourceFiles('shared'), ...sourceFiles('renderer')].filter(
      (file) => importsOf(file).includes('electron') && !['electron/main.ts', 'electron/preload.ts'].includes(file),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps shared/ free of Node and of the other layers', () => {
    const offenders = sourceFiles('shared').flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('node:') || /^(fs|path|os|crypto|child_process)$/.test(spec) || /\.\.\/(electron|renderer)\//.test(spec))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('lets the renderer reach the core only through the API contract, never electron/ code', () => {
    const offenders = sourceFiles('renderer').flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.includes('/electron/') || spec.startsWith('node:'))
        .map((spec) => `${relative(ROOT, file)}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps source files small enough to read in one go', () => {
    const long = [...sourceFiles('electron'), ...sourceFiles('shared'), ...sourceFiles('renderer')]
      .map((file) => ({ file, lines: readFileSync(join(ROOT, file), 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 300);
    expect(long).toEqual([]);
  });

  it('keeps zod out of the renderer: the core validates, and start-up does not pay for the schemas', async () => {
    const result = await build({
      entryPoints: [join(ROOT, 'renderer', 'main.ts')],
      absWorkingDir: ROOT,
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      outdir: 'unused',
      jsx: 'automatic',
      loader: { '.css': 'empty', '.svg': 'empty', '.png': 'empty' },
      logLevel: 'silent',
    });
    const inputs = result.metafile.inputs;
    // The detection itself works: the renderer's own modules and React are seen.
    expect(Object.keys(inputs)).toContain('renderer/store/app-store.ts');
    expect(Object.keys(inputs).some((path) => path.includes('node_modules/react-dom/'))).toBe(true);
    const reachingZod = Object.entries(inputs)
      .filter(([path, input]) => !path.includes('node_modules/') && input.imports.some((entry) => entry.path.includes('node_modules/zod/')))
      .map(([path]) => path);
    expect(reachingZod).toEqual([]);
  });
});

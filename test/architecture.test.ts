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
  it('imports electron only in the desktop shell main and preload files', () => {
    const shell = ['electron/desktop/main.ts', 'electron/desktop/preload.ts'];
    // The detection itself works: the two files are seen importing it.
    for (const file of shell) expect(importsOf(file)).toContain('electron');
    const offenders = [...sourceFiles('electron'), ...sourceFiles('shared'), ...sourceFiles('renderer'), ...sourceFiles('scripts')].filter(
      (file) => importsOf(file).includes('electron') && !shell.includes(file),
    );
    expect(offenders).toEqual([]);
  });

  it('gives the core and each shell a folder of its own, and nothing else in electron/', () => {
    const folders = readdirSync(join(ROOT, 'electron'), { withFileTypes: true });
    expect(folders.filter((entry) => !entry.isDirectory()).map((entry) => entry.name)).toEqual([]);
    expect(folders.map((entry) => entry.name).sort()).toEqual(['cli', 'core', 'desktop', 'host']);
  });

  it('keeps the core free of every shell: it imports no desktop, host or CLI code', () => {
    const offenders = sourceFiles('electron/core').flatMap((file) =>
      importsOf(file)
        .filter((spec) => /(^|\/)(desktop|host|cli)\//.test(spec) || spec === 'electron')
        .map((spec) => `${file}: ${spec}`),
    );
    // The detection itself works: a shell is seen importing the core.
    expect(importsOf('electron/host/start-host.ts').some((spec) => spec.startsWith('../core/'))).toBe(true);
    expect(offenders).toEqual([]);
  });

  it('keeps each shell to itself: the desktop, the host and the CLI import the core and shared/, not each other', () => {
    const shells = ['desktop', 'host', 'cli'];
    const offenders = shells.flatMap((shell) =>
      sourceFiles(`electron/${shell}`).flatMap((file) =>
        importsOf(file)
          .filter((spec) => shells.some((other) => other !== shell && spec.includes(`../${other}/`)))
          .map((spec) => `${file}: ${spec}`),
      ),
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

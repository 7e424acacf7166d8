import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import ts from 'typescript';
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

const FUNCTION_LINE_CAP = 80;

/** Functions allowed over the cap, as `file name`: none, and a new entry needs its reason here. */
const LONG_FUNCTIONS_ALLOWED: string[] = [];

/** What a reader would call the function: its own name, else the name it is assigned to. */
function functionName(node: ts.FunctionLikeDeclaration, source: ts.SourceFile): string {
  if (node.name) return node.name.getText(source);
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name) {
    return parent.name.getText(source);
  }
  return '(anonymous)';
}

/**
 * Every function in one source text longer than `cap` lines, as `name (N lines, line L)`.
 * A function counts as its whole node, nested functions included, and each nested one is also
 * checked on its own: that is what a reader has to hold in mind, and moving an inner callback
 * or sub-component out always shortens its parent, so any function can be brought under the cap.
 */
function longFunctions(fileName: string, text: string, cap: number): string[] {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const lineOf = (position: number) => source.getLineAndCharacterOfPosition(position).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = lineOf(node.getStart(source));
      const lines = lineOf(node.getEnd()) - first + 1;
      if (lines > cap) found.push(`${functionName(node, source)} (${lines} lines, line ${first})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the function length guard', () => {
  const body = (lines: number) => Array.from({ length: lines - 2 }, (_, index) => `  const value${index} = ${index};`).join('\n');

  it('flags a 90-line function and passes a 60-line one', () => {
    const text = `export function tooLong() {\n${body(90)}\n}\n\nconst shortEnough = () => {\n${body(60)}\n};\n`;
    expect(longFunctions('sample.ts', text, 80)).toEqual(['tooLong (90 lines, line 1)']);
  });

  it('names arrow functions, methods and nested components by what they are assigned to', () => {
    const text = [
      `class Store {\n  load() {\n${body(90)}\n  }\n}`,
      `export const Screen = () => {\n  const Inner = function () {\n${body(85)}\n  };\n  return null;\n};`,
    ].join('\n');
    expect(longFunctions('sample.tsx', text, 80)).toEqual(['load (90 lines, line 2)', 'Screen (88 lines, line 93)', 'Inner (85 lines, line 94)']);
  });
});

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

  it(`keeps every function within ${FUNCTION_LINE_CAP} lines, so no closure hides a domain`, () => {
    const folders = ['electron', 'renderer', 'shared', 'scripts', 'bench'];
    const long = folders
      .flatMap(sourceFiles)
      .flatMap((file) => longFunctions(file, readFileSync(join(ROOT, file), 'utf8'), FUNCTION_LINE_CAP).map((found) => `${file} ${found}`))
      .filter((found) => !LONG_FUNCTIONS_ALLOWED.some((allowed) => found.startsWith(`${allowed} (`)));
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

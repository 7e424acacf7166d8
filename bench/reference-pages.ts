import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import type { Block } from '../shared/model/rich-text';
import { PROJECT_ROOT } from '../electron/core/page/app-paths';

const PAGES = join(PROJECT_ROOT, 'bench', 'pages');

/**
 * The floors, built into `dir`: the empty React page and the bare TipTap page by the same Vite
 * (production builds, as the app's), and the bare textarea as it is.
 */
export async function buildReferencePages(dir: string): Promise<void> {
  // vitest (running the smoke test) sets NODE_ENV=test, which would give React's development build.
  process.env.NODE_ENV = 'production';
  for (const page of ['blank', 'tiptap']) {
    await build({ root: join(PAGES, page), base: './', plugins: [react()], logLevel: 'warn', mode: 'production', build: { outDir: join(dir, page), emptyOutDir: true, chunkSizeWarningLimit: 2000 } });
  }
  await mkdir(join(dir, 'textarea'), { recursive: true });
  await writeFile(join(dir, 'textarea', 'index.html'), await readFile(join(PAGES, 'textarea', 'index.html')));
}

/** The notes the bare TipTap page fetches: those the app's editor shows first. */
export async function writeTiptapNotes(dir: string, notes: Block[]): Promise<void> {
  await writeFile(join(dir, 'tiptap', 'notes.json'), JSON.stringify(notes));
}

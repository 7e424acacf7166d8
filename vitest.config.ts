import { defineConfig } from 'vitest/config';

const TESTS = ['test/**/*.test.ts', 'test/**/*.test.tsx'];

/**
 * Files that wait on other programs or on the clock: the benchmark's smoke run (a browser),
 * LibreOffice and pandoc reading the DOCX back, real CLI processes, property runs of hundreds of
 * cases, the crash harness, and the rename retries' real delays. They mostly wait, so they run
 * side by side with each other and with the unit tests.
 */
const SLOW = [
  'test/archive/cli-import.test.ts',
  'test/archive/other-writers.test.ts',
  'test/archive/resume-round-trip.test.ts',
  'test/bench/*.test.ts',
  'test/search/decisions-and-actions.test.ts',
  'test/sync/sync-simulation.test.ts',
  'test/sync/sync-cli.test.ts',
  'test/crash/*.test.ts',
  'test/property/*.test.ts',
  'test/cli/cli.test.ts',
  'test/core/durable-write.test.ts',
  'test/core/notulist-core.test.ts',
  'test/export/fidelity.test.ts',
  'test/export/resume-hostile.test.ts',
  'test/export/resume-numbering.test.ts',
  'test/export/resume-readers.test.ts',
  'test/export/resume-round-trip.test.ts',
  'test/export/word-template.test.ts',
  'test/export/word-template-surprises.test.ts',
];

/** `npm start` rebuilds dist/, which the slow files read (the bench serves it): it runs after them, alone. */
const APP = ['test/launcher/*.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    // Two cores: one file per core for the unit tests; the slow files mostly wait on a child process.
    maxWorkers: 3,
    // CI adds a JSON report so .ci/summarize.mjs can print one closing line for both runners.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]] : ['default'],
    projects: [
      // `npm run test:fast`: pure logic and the core on temp folders, no child processes.
      { extends: true, test: { name: 'unit', include: TESTS, exclude: [...SLOW, ...APP], isolate: false } },
      { extends: true, test: { name: 'slow', include: SLOW } },
      { extends: true, test: { name: 'app', include: APP, sequence: { groupOrder: 1 } } },
    ],
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    // Some files start the real app (npm start rebuilds dist/, the bench reads it): one file at a time.
    fileParallelism: false,
    // CI adds a JSON report so .ci/summarize.mjs can print one closing line for both runners.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]] : ['default'],
  },
});

// Vitest's defaults (pool: forks, each file isolated in its own process, files run in parallel) with one global
// setup: test/helpers/built.ts builds dist/ once when it is stale, before any file runs. No test file builds or
// writes into dist/, generated/, schemas/ or out/ of the project: they run side by side and share them.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['test/helpers/built.ts'],
  },
});

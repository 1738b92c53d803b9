import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// The Firefox checks (npm run test:firefox): web-ext lint of dist/firefox, and a smoke
// test of dist/firefox-e2e in Debian's firefox-esr. One file at a time: each starts a
// browser, and the machines have two cores.
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    include: ['test/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    // One worker, modules shared across files: the files share one Firefox (see
    // startSession in extension.ts) and each installs the add-on afresh.
    maxWorkers: 1,
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

import { defineConfig } from '@playwright/test';

// One worker: each test starts its own Chromium with the extension, and the machines
// have two cores.
export default defineConfig({
  testDir: 'test/e2e',
  workers: 1,
  timeout: 60_000,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: { trace: 'retain-on-failure' },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/unit/helpers/i18n-setup.ts'],
    // A guard against a hang, not a speed check (speed is `npm run bench`'s): on a shared
    // 2-core machine under load, property tests and the CLI's spawned runs took 5–11 s
    // where they take under one idle, and vitest's 5 s default failed them.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

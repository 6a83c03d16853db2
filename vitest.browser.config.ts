import { defineConfig } from 'vitest/config';

// Real-browser tests drive one Chromium at a time on a 2-core machine: run files serially.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

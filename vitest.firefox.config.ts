import { defineConfig } from 'vitest/config';

// One Firefox at a time on a 2-core machine: files run serially.
export default defineConfig({
  test: {
    include: ['tests/browser-firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

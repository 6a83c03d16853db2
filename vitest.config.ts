import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Vite 8 transforms with oxc; JSX goes to Preact's automatic runtime, as in tsconfig.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});

import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Upward imports would break the entrypoints → components → lib → data direction.
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['lib/**/*.ts', 'data/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/components/**', '**/entrypoints/**', 'wxt/*', 'preact', 'preact/*'] }],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/entrypoints/**'] }] },
  },
);

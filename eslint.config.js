import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Upward imports would break the entrypoints → components → lib → data direction.
const UP_FROM_LIB = ['**/components/**', '**/entrypoints/**', '**/utils/**', 'wxt', 'wxt/*', 'preact', 'preact/*'];
const UP_FROM_COMPONENTS = ['**/entrypoints/**', '**/utils/**'];

// The content script runs in every frame of every page and has a 50 KB gzipped budget
// (scripts/lint-extension.ts). These are what would blow it: zod's runtime, the popup's and
// background's data loaders (rules, calendar, full regions) and the popup's string tables. Type-only
// imports are fine: they vanish at build time.
const NOT_IN_CONTENT = [
  { group: ['zod', 'zod/*'], message: 'No zod in the content script: check by hand (lib/messaging/guards.ts).' },
  {
    group: ['**/lib/bundle/background-data', '**/lib/bundle/popup-data', '**/lib/bundle/validated-*', '**/bundle/background-data', '**/bundle/popup-data', '**/bundle/validated-*'],
    message: 'The content script loads its data from lib/bundle/content-data.ts only.',
  },
  {
    group: ['**/i18n/translate', '**/i18n/zh-cn', '**/i18n/en', '**/i18n/card-model-strings', './translate', './zh-cn', './en'],
    message: "The popup's string tables stay out of the content script: use lib/i18n/card-strings.ts.",
  },
];
// What the content script bundle is made of: its own folder, the card components it draws, and the
// lib folders and files it imports. Keep this list in step with entrypoints/content/ imports.
const CONTENT_BUNDLE = [
  'entrypoints/content/**/*.{ts,tsx}',
  'components/card/**/*.{ts,tsx}',
  'components/shared/confidence-badge.tsx',
  'lib/matcher/**/*.ts',
  'lib/regions/levels.ts',
  'lib/types.ts',
  'lib/reading/**/*.ts',
  'lib/bundle/content-data.ts',
  'lib/bundle/page-*-format.ts',
  'lib/settings/settings.ts',
  'lib/calendar/china-today.ts',
  'lib/cards/card-placement.ts',
  'lib/cards/contrast.ts',
  'lib/cards/card-reply.ts',
  'lib/messaging/guards.ts',
  'lib/messaging/page-summary.ts',
  'lib/i18n/card-strings.ts',
  'lib/i18n/resolve-lang.ts',
  'lib/i18n/string-table.ts',
  'lib/i18n/shared-strings.ts',
  'utils/settings-store.ts',
  'utils/content-messaging.ts',
];
// card-body.tsx computes a card from the background's data, for tests and render-cards; never bundled in pages.
const NOT_CONTENT_BUNDLE = ['components/card/card-body.tsx'];
const restrict = (patterns) => ['error', { patterns, paths: [] }];
const restrictValues = (patterns) => [
  'error',
  { patterns: patterns.map((p) => (typeof p === 'string' ? { group: [p], allowTypeImports: true } : { ...p, allowTypeImports: true })) },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  { files: ['lib/**/*.ts', 'data/**/*.ts'], rules: { 'no-restricted-imports': restrict(UP_FROM_LIB) } },
  { files: ['data/**/*.ts'], rules: { 'no-restricted-imports': restrict([...UP_FROM_LIB, '**/lib/**']) } },
  { files: ['components/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': restrict(UP_FROM_COMPONENTS) } },
  {
    files: CONTENT_BUNDLE,
    ignores: NOT_CONTENT_BUNDLE,
    rules: {
      '@typescript-eslint/no-restricted-imports': restrictValues([
        ...NOT_IN_CONTENT,
        ...(UP_FROM_LIB.map((p) => ({ group: [p], message: 'Imports flow entrypoints → components → lib → data.' }))),
      ]),
    },
  },
  // The content script itself may import upwards (it is an entrypoint), but not the bundle-busters.
  {
    files: ['entrypoints/content/**/*.{ts,tsx}', 'utils/settings-store.ts', 'utils/content-messaging.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': restrictValues(NOT_IN_CONTENT) },
  },
  { files: ['components/card/**/*.{ts,tsx}'], ignores: NOT_CONTENT_BUNDLE, rules: { '@typescript-eslint/no-restricted-imports': restrictValues([...NOT_IN_CONTENT, ...UP_FROM_COMPONENTS]) } },
);

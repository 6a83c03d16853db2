import { defineConfig } from 'wxt';
import { preactNoInnerHtml } from './scripts/vite-preact-no-inner-html';

// Auto-imports are off so every name's origin is visible in the file that uses it.
export default defineConfig({
  imports: false,
  manifestVersion: 3,
  vite: () => ({ plugins: [preactNoInnerHtml()] }),
  manifest: ({ browser }) => ({
    name: '社保透镜 Shebao Lens',
    description: '读懂医保关系转移接续页面：标出地名与政策主题，按法定工作日给出办理日期。',
    // No permission is needed yet: content scripts come from the manifest and storage is added when settings land.
    permissions: [],
    // Firefox only (Chrome warns about the unknown key). A fixed id keeps storage and the
    // moz-extension UUID stable across installs; 140 is the first release with both the CSS Custom
    // Highlight API and data_collection_permissions. See docs/firefox-testing.md.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'shebao-lens@shebao-lens.local',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  // The Firefox sources zip must rebuild the add-on on its own (SOURCES.md); tests and docs are not inputs.
  zip: {
    excludeSources: ['tests/**', 'test-output/**', 'docs/**', 'stats.html', '**/*.log'],
  },
});

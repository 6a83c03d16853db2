import { defineConfig } from 'wxt';
import { HIGHLIGHT_CSS, HIGHLIGHT_CSS_FILE } from './entrypoints/content/highlights/highlight-styles';
import { preactNoInnerHtml } from './scripts/vite-preact-no-inner-html';

// Auto-imports are off so every name's origin is visible in the file that uses it.
export default defineConfig({
  imports: false,
  manifestVersion: 3,
  vite: () => ({ plugins: [preactNoInnerHtml()] }),
  manifest: ({ browser }) => ({
    // Name and description come from public/_locales so stores show zh-CN by default and English elsewhere.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
    // storage: settings (local) and which frames the content script runs in (session); activeTab: the
    // popup reads the current tab's address. docs/permissions.md says why.
    permissions: ['storage', 'activeTab'],
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
  hooks: {
    // The ::highlight rules as a manifest content-script sheet: the browser puts it in every page
    // before the DOM is built, so no page pays a full style recalc for it (adopting it at
    // document_idle cost ~100 ms on a 1 MB page in Chromium). Shadow roots still adopt it.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: HIGHLIGHT_CSS_FILE, contents: HIGHLIGHT_CSS });
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) {
        if (script.js?.some((file) => file.endsWith('/content.js'))) script.css = [...(script.css ?? []), HIGHLIGHT_CSS_FILE];
      }
    },
  },
  // The Firefox sources zip must rebuild the add-on on its own (SOURCES.md); tests and docs are not inputs.
  zip: {
    excludeSources: ['tests/**', 'test-output/**', 'docs/**', 'stats.html', '**/*.log'],
  },
});

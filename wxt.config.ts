import { defineConfig } from 'wxt';

// Auto-imports are off so every name's origin is visible in the file that uses it.
export default defineConfig({
  imports: false,
  manifestVersion: 3,
  manifest: {
    // Name and description come from public/_locales so stores show zh-CN by default and English elsewhere.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
    // storage: settings (local) and which frames the content script runs in (session). README lists why.
    permissions: ['storage'],
  },
});

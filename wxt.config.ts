import { defineConfig } from 'wxt';

// Auto-imports are off so every name's origin is visible in the file that uses it.
export default defineConfig({
  imports: false,
  manifestVersion: 3,
  manifest: {
    name: '社保透镜 Shebao Lens',
    description: '读懂医保关系转移接续页面：标出地名与政策主题，按法定工作日给出办理日期。',
    // No permission is needed yet: content scripts come from the manifest and storage is added when settings land.
    permissions: [],
  },
});

import { describe, expect, it } from 'vitest';
import { restrictionOf } from '../../lib/messaging/restricted-pages';

describe('restrictionOf', () => {
  it('names browser pages, stores and PDFs', () => {
    expect(restrictionOf('chrome://extensions/')).toBe('browser-page');
    expect(restrictionOf('about:blank')).toBe('browser-page');
    expect(restrictionOf(undefined)).toBe('browser-page');
    expect(restrictionOf('https://chromewebstore.google.com/detail/x')).toBe('store');
    expect(restrictionOf('https://chrome.google.com/webstore/detail/x')).toBe('store');
    expect(restrictionOf('https://addons.mozilla.org/zh-CN/firefox/')).toBe('store');
    expect(restrictionOf('https://www.nhsa.gov.cn/file/guide.PDF')).toBe('pdf');
  });
  it('lets ordinary pages through', () => {
    expect(restrictionOf('https://www.shebao.net/a.html')).toBeNull();
    expect(restrictionOf('http://127.0.0.1:8080/seeds/000.html')).toBeNull();
    expect(restrictionOf('https://chrome.google.com/other')).toBeNull();
  });
});

// Apart from translate.ts so the content script can pick the card's language without the popup's tables.
import type { Lang } from './translate';

/** 'auto' follows the first browser language we support; Chinese first, as the product is. */
export function resolveLang(setting: 'auto' | Lang, browserLanguages: readonly string[]): Lang {
  if (setting !== 'auto') return setting;
  for (const tag of browserLanguages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}

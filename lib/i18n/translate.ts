// UI strings come from our own tables rather than browser.i18n: browser.i18n follows the browser's
// language and cannot switch at runtime, but the settings let the user pick zh-CN or en.
// Manifest strings (name, description) stay in public/_locales.
import { EN } from './en';
import { fill } from './string-table';
import { ZH_CN, type StringKey } from './zh-cn';

export type Lang = 'zh-CN' | 'en';
export type { StringKey };

const TABLES: Record<Lang, Record<StringKey, string>> = { 'zh-CN': ZH_CN, en: EN };

/** `{name}` placeholders are filled from params; an unknown key shows itself so it is noticed, never throws. */
export function t(lang: Lang, key: StringKey, params: Record<string, string | number> = {}): string {
  return fill(TABLES[lang][key] ?? key, params);
}

/** Pick the language's side of a Localized data label. */
export function pick(lang: Lang, text: { zh: string; en: string }): string {
  return lang === 'zh-CN' ? text.zh : text.en;
}

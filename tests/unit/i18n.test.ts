import { describe, expect, it } from 'vitest';
import { EN } from '../../lib/i18n/en';
import { holidayName } from '../../lib/i18n/holiday-names';
import { resolveLang } from '../../lib/i18n/resolve-lang';
import { t } from '../../lib/i18n/translate';
import { ZH_CN } from '../../lib/i18n/zh-cn';
import holidays from '../../data/holidays.generated.json';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it('have the same keys and placeholders in zh-CN and en, none empty', () => {
    expect(Object.keys(EN).sort()).toEqual(Object.keys(ZH_CN).sort());
    for (const [key, zh] of Object.entries(ZH_CN)) {
      const en = EN[key as keyof typeof EN];
      expect(en.trim(), key).not.toBe('');
      expect(placeholders(en), key).toEqual(placeholders(zh));
    }
  });
  it('fill placeholders and leave unknown ones visible', () => {
    expect(t('zh-CN', 'step.by', { date: '2026-10-16' })).toBe('最迟 2026-10-16');
    expect(t('en', 'step.by')).toBe('by {date}');
  });
  it('follow the browser language for auto, Chinese first', () => {
    expect(resolveLang('auto', ['en-US', 'zh-CN'])).toBe('en');
    expect(resolveLang('auto', ['zh-TW'])).toBe('zh-CN');
    expect(resolveLang('auto', ['fr-FR'])).toBe('zh-CN');
    expect(resolveLang('en', ['zh-CN'])).toBe('en');
  });
  it('name every holiday of the bundled calendar in English', () => {
    for (const name of new Set(Object.values(holidays.holidays))) expect(holidayName('en', name)).not.toBe(name);
  });
});

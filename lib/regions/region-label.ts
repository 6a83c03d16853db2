import type { Region } from '../../data/schema';
import type { Lang } from '../i18n/translate';

/**
 * Region names exist in Chinese only; English readers also get the pinyin (九江市 Jiujiang), which
 * is how the place is written in English. The Chinese name stays first: it is what pages say.
 */
export function regionLabel(lang: Lang, region: Pick<Region, 'name' | 'pinyin'>): string {
  if (lang !== 'en' || !region.pinyin) return region.name;
  return `${region.name} ${region.pinyin[0]!.toUpperCase()}${region.pinyin.slice(1)}`;
}

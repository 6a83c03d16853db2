// The note the card and the plan show when a date depends on a year whose holiday notice is not out
// (lib/calendar/holiday-estimate.ts): one sentence for both, so they never word it differently.
import type { EstimateInWindow } from '../calendar/holiday-estimate';
import { holidayName } from './holiday-names';
import { stringTable } from './string-table';
import type { Lang } from './translate';

const ZH = {
  estimated: '{year} 年调休安排尚未公布，已按法定节日推算。',
  weekend: '{days}逢周末，补假日期尚未公布。',
} as const;
const EN: Record<keyof typeof ZH, string> = {
  estimated: 'The {year} holiday arrangement (调休) has not been published yet; dates are estimated from the statutory holidays.',
  weekend: '{days} fall on a weekend; the weekdays given off in their place (补假) are not known yet.',
};
const text = stringTable<keyof typeof ZH>({ 'zh-CN': ZH, en: EN });

const monthDay = (lang: Lang, iso: string) => {
  const [, m, d] = iso.split('-').map(Number) as [number, number, number];
  return lang === 'zh-CN' ? `${m}月${d}日` : iso;
};

/** undefined when no date in the window depends on an estimated year. */
export function estimateNote(lang: Lang, estimates: readonly EstimateInWindow[]): string | undefined {
  if (estimates.length === 0) return undefined;
  return estimates
    .map((e) => {
      const byName = new Map<string, string[]>();
      for (const d of e.weekendHolidays) byName.set(d.name, [...(byName.get(d.name) ?? []), monthDay(lang, d.date)]);
      const zh = lang === 'zh-CN';
      const days = [...byName].map(([name, dates]) => (zh ? `${name}（${dates.join('、')}）` : `${holidayName(lang, name)}: ${dates.join(', ')}`));
      const weekend = days.length ? (zh ? '' : ' ') + text(lang, 'weekend', { days: days.join(zh ? '、' : '; ') }) : '';
      return text(lang, 'estimated', { year: e.year }) + weekend;
    })
    .join(lang === 'zh-CN' ? '' : ' ');
}

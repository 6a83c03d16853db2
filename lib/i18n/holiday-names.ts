// The calendar data names holidays in Chinese only; English readers get the usual English names.
const EN: Record<string, string> = {
  元旦: 'New Year’s Day',
  春节: 'Spring Festival',
  清明节: 'Qingming Festival',
  劳动节: 'Labour Day',
  端午节: 'Dragon Boat Festival',
  中秋节: 'Mid-Autumn Festival',
  国庆节: 'National Day',
};

export function holidayName(lang: 'zh-CN' | 'en', zh: string): string {
  return lang === 'en' && EN[zh] ? `${EN[zh]} (${zh})` : zh;
}

// The strings the hover card draws: the labels it shares with the popup (lib/i18n/shared-strings.ts)
// and its own. The card reads only this table, so the content script does not bundle the popup's;
// the sentences the card models compute in the background are in lib/i18n/card-model-strings.ts.
import { stringTable } from './string-table';
import { SHARED_EN, SHARED_ZH_CN } from './shared-strings';
import type { Lang } from './translate';

const ZH = {
  ...SHARED_ZH_CN,
  'card.place': '{name}：医保转移信息',
  'card.topic': '{name}：政策要点',
  'card.claim': '页面说法核对',
  'card.kind.place': '地区',
  'card.kind.topic': '政策主题',
  'card.kind.claim': '过时或夸大的说法',
  'timeline.title': '如果今天（{date}）申请',
  'timeline.none': '数据中没有适用于此情形的法定时限。',
  'timeline.step': '步骤',
  'timeline.deadline': '截止日期',
  'timeline.basis': '起算、可靠程度与来源',
  'section.local': '{place}的本地信息',
  'section.rules': '规定',
  'section.otherCase': '其他情形',
  'section.points': '要点',
  'card.balance': '余额',
  'card.keyCaveat': '注意',
  'card.rule': '规定',
  'refs.label': '来源 {list}',
  'claim.pageSays': '页面上写的',
  'claim.holds': '现在的规定',
  'claim.appearsIn': '这一说法出现在',
  'unknown.place': '数据中没有编码为 {code} 的地区。',
  'unknown.topic': '数据中没有这个主题：{id}',
  'unknown.claim': '数据中没有这条说法：{id}',
  'unknown.failed': '无法生成这张卡片：{reason}',
  'card.loading': '正在读取规定…',
  'failed.noAnswer': '扩展的后台 {seconds} 秒内没有回应，请再悬停一次',
  'failed.badAnswer': '扩展的后台回复无法识别',
  'failed.unreachable': '联系不上扩展的后台（{error}）',
} as const;

export type CardStringKey = keyof typeof ZH;

const EN: Record<CardStringKey, string> = {
  ...SHARED_EN,
  'card.place': '{name}: medical-insurance transfer',
  'card.topic': '{name}: key rules',
  'card.claim': 'Checking what the page says',
  'card.kind.place': 'Place',
  'card.kind.topic': 'Policy topic',
  'card.kind.claim': 'Outdated or overstated claim',
  'timeline.title': 'If you applied today ({date})',
  'timeline.none': 'The data holds no official time limit for this case.',
  'timeline.step': 'Step',
  'timeline.deadline': 'Deadline',
  'timeline.basis': 'Counted from, sureness, sources',
  'section.local': 'Known about {place}',
  'section.rules': 'Rules',
  'section.otherCase': 'In the other case',
  'section.points': 'Key rules',
  'card.balance': 'Balance',
  'card.keyCaveat': 'Watch out',
  'card.rule': 'The rule',
  'refs.label': 'Sources {list}',
  'claim.pageSays': 'The page says',
  'claim.holds': 'What holds now',
  'claim.appearsIn': 'This claim appears in',
  'unknown.place': 'No region with code {code} in the data.',
  'unknown.topic': 'No such topic in the data: {id}',
  'unknown.claim': 'No such claim in the data: {id}',
  'unknown.failed': 'This card could not be built: {reason}',
  'card.loading': 'Looking up the rules…',
  'failed.noAnswer': 'the extension’s background did not answer within {seconds} s; hover again',
  'failed.badAnswer': 'the extension’s background sent an unreadable reply',
  'failed.unreachable': 'the extension’s background cannot be reached ({error})',
};

/** Same placeholder rules as lib/i18n's t(): `{name}` from params, unknown placeholders left visible. */
export const cardText = stringTable<CardStringKey>({ 'zh-CN': ZH, en: EN });

const WEEKDAYS: Record<Lang, readonly string[]> = {
  'zh-CN': ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};

/**
 * Weekday of a 'YYYY-MM-DD' date, as a local-midnight Date (lib/calendar/working-days.ts convention)
 * read back from local fields, so no time zone can shift it. Plain Date, not date-fns's parseISO:
 * this file ships in the content script.
 */
export function weekdayLabel(lang: Lang, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return WEEKDAYS[lang][new Date(y, m - 1, d).getDay()]!;
}

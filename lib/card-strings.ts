// The hover card's strings: the labels it shares with the popup (lib/i18n/shared-strings.ts) and
// its own. The card reads only this table, so the content script does not bundle the popup's.
import { SHARED_EN, SHARED_ZH_CN } from './i18n/shared-strings';
import type { Lang } from './i18n/translate';

const ZH = {
  ...SHARED_ZH_CN,
  'card.place': '{name}：医保转移信息',
  'card.topic': '{name}：政策要点',
  'card.claim': '页面说法核对',
  'place.county': '县级市，属{prefecture}',
  'place.province': '省级地区',
  'case.cross-default': '按跨省转移（最常见的情形；页面没有说明另一端在哪里）',
  'case.cross-with': '跨省转移：{place} ↔ {other}',
  'case.intra-page': '本页此处讲的是{province}内转移（另一端未写明），按{province}的规定',
  'case.cross-page': '本页此处讲的是跨省转移（另一端未写明）',
  'case.intra-with': '省内跨统筹区转移：{place} ↔ {other}，按{province}的规定',
  'case.same-area': '{place} 与 {other} 属同一统筹区，无需办理转移',
  'timeline.title': '如果今天（{date}）申请',
  'timeline.start': '提交申请',
  'timeline.upperBound': '省内转移的时限可能更短；以下按跨省法定时限的上限推算。',
  'timeline.none': '数据中没有适用于此情形的法定时限。',
  'timeline.countFrom': '{from}起算',
  'timeline.step': '步骤',
  'timeline.deadline': '截止日期',
  'timeline.length': '时限',
  'timeline.outside': '{year} 年的节假日安排尚未公布（内置日历含 {years} 年），日期按周一至周五推算，可能不准。',
  'section.local': '{place}的本地信息',
  'section.rules': '规定',
  'section.otherCase': '其他情形',
  'otherCase.intra-province': '在{province}内转移时：',
  'otherCase.cross-province': '跨省转移时：',
  'section.points': '要点',
  'section.more': '更多（{count} 条）',
  'refs.label': '来源 {list}',
  'claim.kind.stale': '过时的说法',
  'claim.kind.overstated': '夸大的说法',
  'claim.kind.contradiction': '有矛盾的说法',
  'claim.pageSays': '页面上写的',
  'claim.means': '意思是',
  'claim.holds': '现在的规定',
  'claim.since': '依据 {date} 印发的规定',
  'claim.appearsIn': '这一说法出现在',
  'unknown.place': '数据中没有编码为 {code} 的地区。',
  'unknown.topic': '数据中没有这个主题：{id}',
  'unknown.claim': '数据中没有这条说法：{id}',
  'unknown.failed': '无法生成这张卡片：{reason}',
  'card.loading': '正在读取规定…',
  'failed.noAnswer': '扩展的后台 {seconds} 秒内没有回应，请再悬停一次',
  'failed.badAnswer': '扩展的后台回复无法识别',
  'failed.unreachable': '联系不上扩展的后台（{error}）',
  'source.publisher': '社保网',
} as const;

export type CardStringKey = keyof typeof ZH;

const EN: Record<CardStringKey, string> = {
  ...SHARED_EN,
  'card.place': '{name}: medical-insurance transfer',
  'card.topic': '{name}: key rules',
  'card.claim': 'Checking what the page says',
  'place.county': 'County-level city in {prefecture}',
  'place.province': 'Province-level region',
  'case.cross-default': 'Read as a cross-province transfer (the common case; the page does not say where the other end is)',
  'case.cross-with': 'Cross-province transfer: {place} ↔ {other}',
  'case.intra-page': 'The page speaks here of a transfer within {province} (the other end is not named): {province}’s rules apply',
  'case.cross-page': 'The page speaks here of a cross-province transfer (the other end is not named)',
  'case.intra-with': 'Within one province: {place} ↔ {other}, under {province}’s rules',
  'case.same-area': '{place} and {other} share one pooling area: no transfer needed',
  'timeline.title': 'If you applied today ({date})',
  'timeline.start': 'Application submitted',
  'timeline.upperBound': 'Transfers within a province may be faster; these dates use the cross-province limits as an upper bound.',
  'timeline.none': 'The data holds no official time limit for this case.',
  'timeline.countFrom': 'counted {from}',
  'timeline.step': 'Step',
  'timeline.deadline': 'Deadline',
  'timeline.length': 'Limit',
  'timeline.outside': 'The {year} holiday schedule is not published yet (the calendar covers {years}); dates assume plain Monday–Friday weeks and may be off.',
  'section.local': 'Known about {place}',
  'section.rules': 'Rules',
  'section.otherCase': 'In the other case',
  'otherCase.intra-province': 'Within {province}:',
  'otherCase.cross-province': 'Across provinces:',
  'section.points': 'Key rules',
  'section.more': 'More ({count})',
  'refs.label': 'Sources {list}',
  'claim.kind.stale': 'Out-of-date claim',
  'claim.kind.overstated': 'Overstated claim',
  'claim.kind.contradiction': 'Contradicted claim',
  'claim.pageSays': 'The page says',
  'claim.means': 'Meaning',
  'claim.holds': 'What holds now',
  'claim.since': 'per the rules issued {date}',
  'claim.appearsIn': 'This claim appears in',
  'unknown.place': 'No region with code {code} in the data.',
  'unknown.topic': 'No such topic in the data: {id}',
  'unknown.claim': 'No such claim in the data: {id}',
  'unknown.failed': 'This card could not be built: {reason}',
  'card.loading': 'Looking up the rules…',
  'failed.noAnswer': 'the extension’s background did not answer within {seconds} s; hover again',
  'failed.badAnswer': 'the extension’s background sent an unreadable reply',
  'failed.unreachable': 'the extension’s background cannot be reached ({error})',
  'source.publisher': '社保网 (shebao news site)',
};

const TABLES: Record<Lang, Record<CardStringKey, string>> = { 'zh-CN': ZH, en: EN };

/** Same placeholder rules as lib/i18n's t(): `{name}` from params, unknown placeholders left visible. */
export function ct(lang: Lang, key: CardStringKey, params: Record<string, string | number> = {}): string {
  return TABLES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const WEEKDAYS: Record<Lang, readonly string[]> = {
  'zh-CN': ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};

/** Weekday of a 'YYYY-MM-DD' date, read from the date's own fields so no time zone can shift it. */
export function weekdayLabel(lang: Lang, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return WEEKDAYS[lang][new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

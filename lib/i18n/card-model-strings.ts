// Sentences the card models put together (lib/cards/place-card-model.ts, claim-card-model.ts,
// source-label.ts): computed in the background, so this table stays out of the content script.
import { stringTable } from './string-table';

const ZH = {
  'place.county': '县级市，属{prefecture}',
  'place.province': '省级地区',
  'case.cross-default': '按跨省转移（最常见的情形；页面没有说明另一端在哪里）',
  'case.cross-with': '跨省转移：{place} ↔ {other}',
  'case.intra-page': '本页此处讲的是{province}内转移（另一端未写明），按{province}的规定',
  'case.cross-page': '本页此处讲的是跨省转移（另一端未写明）',
  'case.intra-with': '省内跨统筹区转移：{place} ↔ {other}，按{province}的规定',
  'case.same-area': '{place} 与 {other} 属同一统筹区，无需办理转移',
  'timeline.upperBound': '省内转移的时限可能更短；以下按跨省法定时限的上限推算。',
  'timeline.countFrom': '{from}起算',
  'timeline.outside': '{year} 年的节假日安排尚未公布（内置日历含 {years} 年），日期按周一至周五推算，可能不准。',
  'otherCase.intra-province': '在{province}内转移时：',
  'otherCase.cross-province': '跨省转移时：',
  'claim.kind.stale': '过时的说法',
  'claim.kind.overstated': '夸大的说法',
  'claim.kind.contradiction': '有矛盾的说法',
  'claim.since': '依据 {date} 印发的规定',
  'source.publisher': '社保网',
} as const;

export type CardModelStringKey = keyof typeof ZH;

const EN: Record<CardModelStringKey, string> = {
  'place.county': 'County-level city in {prefecture}',
  'place.province': 'Province-level region',
  'case.cross-default': 'Read as a cross-province transfer (the common case; the page does not say where the other end is)',
  'case.cross-with': 'Cross-province transfer: {place} ↔ {other}',
  'case.intra-page': 'The page speaks here of a transfer within {province} (the other end is not named): {province}’s rules apply',
  'case.cross-page': 'The page speaks here of a cross-province transfer (the other end is not named)',
  'case.intra-with': 'Within one province: {place} ↔ {other}, under {province}’s rules',
  'case.same-area': '{place} and {other} share one pooling area: no transfer needed',
  'timeline.upperBound': 'Transfers within a province may be faster; these dates use the cross-province limits as an upper bound.',
  'timeline.countFrom': 'counted {from}',
  'timeline.outside': 'The {year} holiday schedule is not published yet (the calendar covers {years}); dates assume plain Monday–Friday weeks and may be off.',
  'otherCase.intra-province': 'Within {province}:',
  'otherCase.cross-province': 'Across provinces:',
  'claim.kind.stale': 'Out-of-date claim',
  'claim.kind.overstated': 'Overstated claim',
  'claim.kind.contradiction': 'Contradicted claim',
  'claim.since': 'per the rules issued {date}',
  'source.publisher': '社保网 (shebao news site)',
};

/** Same placeholder rules as lib/i18n's t(). */
export const modelText = stringTable<CardModelStringKey>({ 'zh-CN': ZH, en: EN });

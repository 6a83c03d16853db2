/**
 * When a written name counts as a place, and which place it is.
 *
 * Names that are also ordinary words (安康, 江山, 合作) or live inside words (三明治, 孙中山) count only
 * with context: a 市/州/地区/县/盟 suffix, their own province or prefecture just before them, a
 * neighbouring place in a list, the 以…为例 frame, or an insurance word in the same clause.
 * District names shared with a city (北京朝阳, 大连中山) never light up that city.
 */
import type { Blocker, Region, RegionName } from '../data/schema';

/** Ambiguity reasons that make a name need context; 'shared' only needs a choice between places. */
const NEEDS_CONTEXT = new Set(['common-word', 'part-of-word', 'other-name']);

export interface PlaceCandidate {
  readonly region: Region;
  readonly name: RegionName;
}

/** The candidates a name text points to, and whether context is needed before any counts. */
export interface PlaceName {
  readonly text: string;
  readonly candidates: PlaceCandidate[];
  readonly needsContext: boolean;
}

const SUFFIX_CONTEXT = ['市', '州', '地区', '县', '盟'];
const SUFFIX_OF_FULL_NAME = /(市|州|盟|地区|省|自治区|特别行政区)$/;

export function needsContext(name: RegionName): boolean {
  if (!name.ambiguity.some((a) => NEEDS_CONTEXT.has(a))) return false;
  // 三明市, 恩施土家族苗族自治州: the administrative suffix is the context.
  return !(name.form === 'full' && SUFFIX_OF_FULL_NAME.test(name.text));
}

/** Words that, right after a name, make it an ordinary word instead (合作市场 is not 合作市 + 场). */
const SUFFIX_SWALLOWED = /^市场/;

export function fullNameSwallowed(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  return name.endsWith('市') && SUFFIX_SWALLOWED.test(text.slice(end - 1, end + 1));
}

export function hasSuffixContext(text: string, end: number): boolean {
  return SUFFIX_CONTEXT.some((s) => text.startsWith(s, end)) && !text.startsWith('市场', end);
}

/** Clause punctuation: an insurance word across one of these is about something else. */
const CLAUSE_BREAK = /[。！？!?；;,，、:：\n()（）【】《》“”"]/;
export const CONTEXT_WINDOW = 8;

/** Start and end of the clause around [start, end), at most CONTEXT_WINDOW units each side. */
export function clauseAround(text: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && start - a < CONTEXT_WINDOW && !CLAUSE_BREAK.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && b - end < CONTEXT_WINDOW && !CLAUSE_BREAK.test(text[b]!)) b++;
  return [a, b];
}

/** 以林芝为例: pages name the city they use as their example this way. */
export function isExampleFrame(text: string, start: number, end: number): boolean {
  return text[start - 1] === '以' && text.startsWith('为例', end);
}

/** Separators that put two names in one list: 深圳、上海 / 北京和甘肃. */
const LIST_SEPARATOR = /^(、|,|，|和|与|及|或|\/)$/;
export function isListSeparator(between: string): boolean {
  return LIST_SEPARATOR.test(between);
}

/** Whether b sits inside a (province or prefecture): the test for compounds and for context. */
export function isInside(b: Region, a: Region): boolean {
  if (a.code === b.code) return false;
  if (a.level === 'province') return b.province === a.code;
  return b.parent === a.code;
}

/** Picks among places sharing a name: the one inside the place just before, else the highest level. */
export function chooseCandidate(candidates: readonly PlaceCandidate[], before: Region | undefined): PlaceCandidate {
  if (before) {
    const inside = candidates.find((c) => isInside(c.region, before));
    if (inside) return inside;
  }
  const rank = { province: 0, prefecture: 1, 'county-city': 2 } as const;
  return [...candidates].sort((x, y) => rank[x.region.level] - rank[y.region.level])[0]!;
}

/** District blockers indexed by the place they collide with. */
export type DistrictIndex = ReadonlyMap<string, readonly Blocker[]>;

export function indexDistricts(blockers: readonly Blocker[]): DistrictIndex {
  const byPlace = new Map<string, Blocker[]>();
  for (const b of blockers) {
    for (const code of b.collidesWith) {
      const list = byPlace.get(code) ?? [];
      list.push(b);
      byPlace.set(code, list);
    }
  }
  return byPlace;
}

const provinceOf = (code: string): string => `${code.slice(0, 2)}0000`;

/**
 * 北京朝阳 / 大连中山 / 天津河北: the name written right after a place that holds a district of that
 * name, when the city of that name lies elsewhere. 河北承德 stays 承德市: 承德 is inside 河北.
 */
export function isDistrictOf(districts: DistrictIndex, place: Region, nameText: string, before: Region | undefined): boolean {
  if (!before || isInside(place, before)) return false;
  return (districts.get(place.code) ?? []).some(
    (b) =>
      b.text.startsWith(nameText) &&
      (before.code === b.parent || (before.level === 'province' && before.code === provinceOf(b.parent))),
  );
}

/** Words that mark a clause as about insurance, so an ambiguous name in it is a place (安康医保). */
export const INSURANCE_WORDS = [
  '医保', '社保', '医疗保险', '参保', '人社', '医保局', '社保局', '医保卡', '社保卡', '缴费', '补缴', '断缴', '断交',
  '补交', '个人账户', '转移接续', '报销', '新农合', '合作医疗', '居民医保', '职工医保', '异地就医', '经办机构', '养老金',
  '退休人员', '灵活就业',
];

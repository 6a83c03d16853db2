/**
 * When a written name counts as a place, and which place it is.
 *
 * Names that are also ordinary words (安康, 江山, 合作) or live inside words (三明治, 孙中山) count only
 * with context: a 市/州/地区/县/盟 suffix, their own province or prefecture just before them, a
 * neighbouring place in a list, the 以…为例 frame, or an insurance word in the same clause.
 * District names shared with a city (北京朝阳, 大连中山) never light up that city.
 */
import type { Blocker, Region, RegionName } from '../../data/schema';
import { LEVEL_RANK, provinceOf } from '../regions/levels';
import { isOrganisationNameAfter } from './organisation-names';

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
  readonly need: ContextNeed;
}

const SUFFIX_OF_FULL_NAME = /(市|州|盟|地区|省|自治区|特别行政区)$/;

/**
 * How much context a name needs: none; an insurance word near it in its clause ('near': 拉萨 2025
 * 退休医保卡); or one right next to it ('adjacent'), for names that are everyday words (来宾, 日照,
 * 开封), since a page greeting its 来宾 may well talk about 医保 two words later.
 */
export type ContextNeed = 'none' | 'near' | 'adjacent';
const NEED_RANK: Record<ContextNeed, number> = { none: 0, near: 1, adjacent: 2 };

export function contextNeed(name: RegionName, region?: Region): ContextNeed {
  if (region && isNamedForMountain(name, region)) return 'near';
  if (!name.ambiguity.some((a) => NEEDS_CONTEXT.has(a))) return 'none';
  // 三明市, 恩施土家族苗族自治州: the administrative suffix is the context.
  if (name.form === 'full' && SUFFIX_OF_FULL_NAME.test(name.text)) return 'none';
  return name.ambiguity.includes('common-word') ? 'adjacent' : 'near';
}

/**
 * County-level cities named for their mountain (峨眉山, 武夷山, 井冈山, 五指山): the bare name is the
 * mountain first, the city only with context (峨眉山市, 峨眉山医保, listed with other places). Two-character
 * names ending in 山 are mostly cities (佛山, 鞍山, 昆山), so only those renamed after their mountain are listed.
 */
const RENAMED_FOR_MOUNTAIN = new Set(['黄山', '庐山']); // 黄山市 was 徽州 until 1987, 庐山市 was 星子县 until 2016

function isNamedForMountain(name: RegionName, region: Region): boolean {
  if (name.form !== 'short' || !name.text.endsWith('山')) return false;
  return RENAMED_FOR_MOUNTAIN.has(name.text) || (region.level === 'county-city' && name.text.length >= 3);
}

/** A written name pointing to several places needs the least context any of them needs. */
export function leastNeed(needs: readonly ContextNeed[]): ContextNeed {
  return needs.reduce<ContextNeed>((a, b) => (NEED_RANK[b] < NEED_RANK[a] ? b : a), 'adjacent');
}

/** Words that, right after a name, make it an ordinary word instead (合作市场 is not 合作市 + 场). */

export function fullNameSwallowed(text: string, start: number, end: number): boolean {
  // The name ends in 市 and 场 follows it (char codes: this runs for every name found).
  return end > start && text.charCodeAt(end - 1) === SHI && text.charCodeAt(end) === CHANG;
}

const SHI = 0x5e02; // 市
const CHANG = 0x573a; // 场
const ZHOU = 0x5dde; // 州
const DI = 0x5730; // 地
const QU = 0x533a; // 区
const XIAN = 0x53bf; // 县
const MENG = 0x76df; // 盟

/** 市, 州, 地区, 县 or 盟 starts at end, and it is not the 市 of 市场. */
export function hasSuffixContext(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c === SHI) return text.charCodeAt(end + 1) !== CHANG;
  return c === ZHOU || c === XIAN || c === MENG || (c === DI && text.charCodeAt(end + 1) === QU);
}

/** Clause punctuation: an insurance word across one of these is about something else. */
const CLAUSE_BREAK = new Uint8Array(65536);
for (const c of '。！？!?；;,，、:：\n()（）【】《》“”"') CLAUSE_BREAK[c.charCodeAt(0)] = 1;
const WINDOW: Record<Exclude<ContextNeed, 'none'>, number> = { near: 8, adjacent: 2 };

/**
 * Where an insurance word must lie to count: within the clause, up to the window's width of other
 * text away from the name on either side (adjacent: 日照医保卡, 日照的医保).
 */
export function contextSpan(text: string, start: number, end: number, need: Exclude<ContextNeed, 'none'>): [number, number] {
  const width = WINDOW[need];
  let a = start;
  while (a > 0 && start - a < width && CLAUSE_BREAK[text.charCodeAt(a - 1)] === 0) a--;
  let b = end;
  while (b < text.length && b - end < width && CLAUSE_BREAK[text.charCodeAt(b)] === 0) b++;
  return [a, b];
}

/** 以林芝为例: pages name the city they use as their example this way. */
export function isExampleFrame(text: string, start: number, end: number): boolean {
  return text[start - 1] === '以' && text.startsWith('为例', end);
}

/**
 * History pages name old capitals by their bare city name, often one that is also a word (开封 opens
 * a parcel): a capital word in the clause (开封古都, 迁都开封, 开封曾为魏国的都城) makes it the city.
 */
const CAPITAL_WORD = /古都|都城|国都|京师|定都|建都|迁都|立都|设都/;
export function isCapitalClause(text: string, start: number, end: number): boolean {
  const [a, b] = contextSpan(text, start, end, 'near');
  return CAPITAL_WORD.test(text.slice(a, start)) || CAPITAL_WORD.test(text.slice(end, b));
}

/** Separators that put two names in one list: 深圳、上海 / 北京和甘肃. */
// Route phrases read both ends the same way (兰州至西宁, 从A到B, A—B, A-B).
const LIST_SEPARATOR = /^(、|,|，|和|与|及|或|\/|至|到|—{1,2}|-|－|~|～|→)$/;
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
  // The first of the highest level (runs for every name found, so no sorting).
  let best = candidates[0]!;
  for (const c of candidates) if (LEVEL_RANK[c.region.level] < LEVEL_RANK[best.region.level]) best = c;
  return best;
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

/**
 * Words that, right after a name, make the name part of another name standing elsewhere or for
 * something else: streets (南京路, 北京东路, 西藏中路), mountains, lakes and rivers (青海湖), works and
 * sights (韶山灌区, 乐山大佛), bays (杭州湾, 胶州湾), airports (上海浦东机场, 成都天府国际机场), institutions and businesses (南京大学, 德兴馆, 永安百货, 燕京啤酒), a
 * time zone (北京时间), a website (海南商业网). Checked only when no other name starts there
 * (广东湖南 is two provinces, not a lake).
 */
const OTHER_NAME_AFTER =
  /(?:[东西南北中]?[一二三四五六七八九十]?路(?!过|上|途|线|费)|大道|大街|步行街|街(?![头道边上])|巷|胡同|山(?![市区县])|湖(?![区市县])|江(?![区市县])|河(?![区市县])|湾(?![区市县仔])|灌区|水库|大佛|寺|景区|风景区|公园|广场(?!舞)|(?:(?![的去到在从往回和与及])[\u4e00-\u9fff]){0,2}(?:国际机场|机场)|大学|学院|中学|小学|大酒店|酒店|宾馆|饭店|酒家|馆|啤酒|百货|时间|商业网|网站|高新区|开发区|经开区|证券交易所|交易所)/y;

/**
 * fullName: after …市 or …省 a 湖 or 路 starts the next name (厦门市湖里区), not a lake's or street's;
 * a firm's or institution's name still holds it (北京市牛栏山酒厂).
 */
export function isPartOfOtherName(text: string, end: number, fullName = false): boolean {
  OTHER_NAME_AFTER.lastIndex = end;
  if (!fullName && OTHER_NAME_AFTER.test(text)) return true;
  return isOrganisationNameAfter(text, end);
}

/**
 * A club named for its city (成都蓉城主场, 天津津门虎阵中, 长春亚泰队): the name, two or three more
 * characters, then a team word. Returns the club's name (成都蓉城) or undefined.
 */
const TEAM_AFTER = /[\u4e00-\u9fff]{2,3}?(?=队|主场|客场|阵中|俱乐部|球迷)/y;

// After a result verb a club stands alone (主场力克武汉三镇。): the name, two more characters, clause end.
// Every verb is two characters, so a sticky match at start − 2 reads them in place, with no slice.
const RESULT_VERB = /(?:力克|战平|战胜|击败|负于|不敌|迎战|对阵|逼平|憾负|完胜|小胜|大胜|绝杀)/y;
const CLUB_TAIL = /[\u4e00-\u9fff]{2}(?=[。，,！!；;、\s]|$)/y;

export function teamNameAt(text: string, start: number, end: number): string | undefined {
  TEAM_AFTER.lastIndex = end;
  const m = TEAM_AFTER.exec(text);
  if (m) return text.slice(start, end + m[0].length);
  if (start < 2) return undefined;
  RESULT_VERB.lastIndex = start - 2;
  if (!RESULT_VERB.test(text)) return undefined;
  CLUB_TAIL.lastIndex = end;
  const t = CLUB_TAIL.exec(text);
  return t ? text.slice(start, end + t[0].length) : undefined;
}

/**
 * 向北流入 / 往东延伸: 向 + a direction + a motion verb reads as a direction, not as a name that
 * starts with that direction (北流市). 向南京进发 stays 南京: 京进 is no motion verb.
 */
const MOTION_AFTER_DIRECTION = /(?:流入|流经|流向|流去|汇入|注入|延伸|伸展|移动|行驶|迁移|扩展|蔓延)/y;
export function isDirectionPhrase(text: string, start: number): boolean {
  const prev = text[start - 1];
  if (prev !== '向' && prev !== '往' && prev !== '朝') return false;
  if (!'东西南北'.includes(text[start] ?? '')) return false;
  MOTION_AFTER_DIRECTION.lastIndex = start + 1;
  return MOTION_AFTER_DIRECTION.test(text);
}

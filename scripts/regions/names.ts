// The 55 recognised minority nationalities (GB/T 3304). Autonomous units put one or more of these,
// usually followed by 族, between the place stem and 自治区/自治州/自治县/自治旗; people drop them.
const MINORITIES = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼',
  '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土',
  '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克',
  '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
] as const;
export const MINORITY_COUNT = MINORITIES.length;

// A one-character nationality only counts with 族 (大理白族), otherwise 白/水/京 would eat real stems;
// longer ones also appear bare (博尔塔拉蒙古自治州, 伊犁哈萨克自治州). Longest first so 土家族 beats 土族.
const QUALIFIERS = [
  ...MINORITIES.map((m) => `${m}族`),
  ...MINORITIES.filter((m) => m.length > 1),
].sort((a, b) => b.length - a.length);

/** Strips trailing nationality qualifiers, never leaving fewer than two characters. */
export function stripQualifiers(stem: string): string {
  let rest = stem;
  for (;;) {
    const q = QUALIFIERS.find((x) => rest.endsWith(x) && rest.length - x.length >= 2);
    if (!q) return rest;
    rest = rest.slice(0, -q.length);
  }
}

const REGION_SUFFIXES = ['特别行政区', '自治区', '自治州', '地区', '林区', '省', '市', '盟'];
const AUTONOMOUS = new Set(['自治区', '自治州']);

export interface WrittenNames {
  short?: string;
  alias?: string;
}

/** Short forms people write for a province, prefecture or county-level city. */
export function shortNames(full: string): WrittenNames {
  const suffix = REGION_SUFFIXES.find((s) => full.endsWith(s) && full.length > s.length);
  if (!suffix) return {};
  let stem = full.slice(0, -suffix.length);
  if (AUTONOMOUS.has(suffix)) stem = stripQualifiers(stem);
  if (stem.length < 2) return {};
  // 恩施州, 延边州: the everyday way to say an autonomous prefecture.
  return suffix === '自治州' ? { short: stem, alias: `${stem}州` } : { short: stem };
}

const UNIT_SUFFIXES = ['自治县', '自治旗', '林区', '特区', '新区', '区', '县', '旗'];

/** The stem of a district, county or banner (朝阳区 → 朝阳), or undefined if under two characters. */
export function unitStem(full: string): string | undefined {
  const suffix = UNIT_SUFFIXES.find((s) => full.endsWith(s) && full.length > s.length);
  if (!suffix) return undefined;
  let stem = full.slice(0, -suffix.length);
  if (suffix.startsWith('自治')) stem = stripQualifiers(stem);
  return stem.length >= 2 ? stem : undefined;
}

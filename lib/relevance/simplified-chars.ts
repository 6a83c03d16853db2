/**
 * Reposted 社保 pages are often converted to traditional characters. Folding the few characters
 * the relevance words are made of back to simplified lets one word list read both forms, instead
 * of listing each word twice and still missing the forms nobody listed (失業保險, 經辦機構 …).
 * Only these characters are folded: the verdict needs the field's words, not a full conversion.
 */
const TRADITIONAL = '醫療險養會參繳費業傷轉異統籌經辦構賬帳個員報銷斷補靈領鄉點機備續關係視診門護長農數檔電憑證勞動資權齡區縣職發劃稅項專崗說連載車強單務賠節譜願賽積價樓盤儲遊記結納額線責貼萬戶';
const SIMPLIFIED = '医疗险养会参缴费业伤转异统筹经办构账账个员报销断补灵领乡点机备续关系视诊门护长农数档电凭证劳动资权龄区县职发划税项专岗说连载车强单务赔节谱愿赛积价楼盘储游记结纳额线责贴万户';

const FOLD = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i++) FOLD.set(TRADITIONAL[i]!, SIMPLIFIED[i]!);
const FOLDED = new RegExp(`[${TRADITIONAL}]`, 'g');

export function foldToSimplified(text: string): string {
  return text.replace(FOLDED, (c) => FOLD.get(c) ?? c);
}

/** For the tests: both strings must pair character by character. */
export const FOLD_PAIRS = { traditional: TRADITIONAL, simplified: SIMPLIFIED } as const;

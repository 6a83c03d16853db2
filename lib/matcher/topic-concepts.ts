/**
 * Topic words that name a topic only on a page about insurance: bare 转移 or 共济 says nothing on
 * a travel page, but on a page that speaks of 医保 or 社保 (one sense per page) it is the transfer or
 * the family sharing that page is about. A scan counts these only when the text holds an
 * insurance context word (place-rules INSURANCE_WORDS). Document-name and online wordings that
 * pages vary (全程网办, 掌上办) are here too, for the same reason. They fill sentences the keyword
 * lists leave empty. The bare transfer verbs (转移, 转入…) yield: a sentence that already has a
 * keyword's topic (查询转移进度 → progress-query) or speaks of the balance (个人账户的钱转移) takes none,
 * as its 转移 is that progress's or that money's, not the relation's — unless a scheme word stands
 * right before it (医保转出): then it is the relation's whatever else the sentence says.
 * Followed by 地 (转入地, 转出地) the verb is a noun for one end, not the move. Bare counter words
 * (线下, 窗口) stand with the transfer but yield to another topic's keyword (SIDE_TOPICS).
 */
import type { TopicId } from '../../data/schema';
import { hasSentenceBreak, sentenceAround } from './topic-context';
import { lowerBound, sortByStart, STRIDE } from './triples';

export const PAGE_GATED_TOPIC_WORDS: Readonly<Partial<Record<TopicId, readonly string[]>>> = {
  transfer: [
    '转移', '转出', '转入', '转移手续', '办理转移', '关系转', '转移流程', '线下转移', '线上转移', '转移后', '转移完成',
    '转移过程', '接续', '转回', '转过去',
  ],
  'family-sharing': ['共济', '近亲属', '被共济人', '亲情账户', '家庭成员', '为家人', '子女的账户', '父母的账户', '家人的账户'],
  'balance-transfer': ['余额到账', '资金划转', '划转', '余额同步转移', '余额无法', '余额转', '秒到账', '随关系', '随之转'],
  'remote-care-registration': ['备案', '异地就医申请'],
  'online-application': ['网上办', '掌上办', '全程网办', '网上办理', '线上渠道', '线上平台', '小程序', '公众号', '个人网上', '官方网站', '网厅', '掌上'],
  // 参保(合)凭证: the certificate written with 新农合's 合 slipped in.
  'insurance-certificate': ['线下窗口', '医保窗口', '服务窗口', '线下', '现场办理', '参保缴费凭证', '参保(合)凭证', '参合凭证'],
  'cross-province': ['省外转入', '外省转入', '转往省外', '转至省外'],
  'intra-province': ['省内', '跨市', '省内通办', '同一城市'],
  'contribution-years': ['年限'],
  // A pause of payment said with 中断 and its length (中断超过3个月, 长期中断).
  'gap-and-backpay': ['断档', '停保', '断保', '中断超过', '中断不超', '长期中断', '短期中断'],
  'flexible-employment': ['个人身份参加', '非本地户籍', '以个人身份'],
  'progress-query': ['转移状态'],
};

/**
 * Words no topic owns that the clause rules read (topic-rules.ts): money that 到账 is the balance's
 * move when the clause speaks of the balance, and nothing by itself (报销款到账 is a refund).
 */
export const RULE_ONLY_WORDS: readonly string[] = ['到账'];

/**
 * Words that name a topic only on a page where one of that topic's own keywords stands (one
 * sense per page): 绑定 is binding a family member on a page about 家庭共济, a bank card elsewhere.
 */
export const TOPIC_PAGE_WORDS: Readonly<Partial<Record<TopicId, readonly string[]>>> = {
  'family-sharing': ['绑定'],
};

/** Gated words that yield to a keyword's topic or to the balance in their sentence (by topic). */
export const YIELDING_TOPICS: readonly TopicId[] = ['transfer'];
/**
 * Gated words that yield to a keyword of another topic in their sentence than the ones named here
 * (by topic): a bare counter (线下, 窗口) is the transfer's way of handling, but in a sentence about
 * family sharing or the app (线上或线下渠道完成绑定) it is that topic's.
 */
export const SIDE_TOPICS: Readonly<Partial<Record<TopicId, readonly TopicId[]>>> = {
  'insurance-certificate': ['transfer'],
};
export const BALANCE_WORD = /余额|个人账户|账户资金|账户金额|结余|的钱/;
export const GATED = 1;
export const YIELDING = 2;
/** A TOPIC_PAGE_WORDS word: counts where a keyword of its topic stands on the page. */
export const ON_TOPIC_PAGE = 3;
/** A SIDE_TOPICS word: yields to a keyword of a topic outside its mask (PatternTable.sideMask). */
export const SIDE = 4;

/** Whether a scheme word (and its relation) ends right where a verb starts: 医保转出, 医疗保险关系转入. */
export function schemeBefore(text: string, start: number): boolean {
  // Read in place, not by slice and RegExp: every bare 转移 of a page comes through here.
  const at = endsWith(text, start, '关系') ? start - 2 : start;
  return endsWith(text, at, '医保') || endsWith(text, at, '社保') || endsWith(text, at, '医疗保险');
}

const endsWith = (text: string, end: number, word: string): boolean => end >= word.length && text.startsWith(word, end - word.length);

/**
 * The topic layer's triples (sorted by start) without the gated ones that do not count: all of
 * them off an insurance page, the yielding ones that yield, and topic-page words off their topic's page.
 */
export interface GateTable {
  readonly gated: Uint8Array;
  topicsOf(i: number): readonly number[];
  /** Per pattern, a bit per topic number whose keywords a SIDE word stands with. */
  readonly sideMask: Uint32Array;
}

export function keepGated(text: string, topicLayer: Int32Array, table: GateTable, insurancePage: boolean): Int32Array {
  const { gated, topicsOf } = table;
  const sorted = sortByStart(topicLayer);
  const n = sorted.length / STRIDE;
  let anyGated = false;
  for (let i = 0; i < n && !anyGated; i++) anyGated = gated[sorted[i * 3 + 2]!] !== 0;
  if (!anyGated) return sorted;
  const plain: number[] = [];
  for (let i = 0; i < n; i++) if (gated[sorted[i * 3 + 2]!] === 0) plain.push(sorted[i * 3]!, sorted[i * 3 + 1]!, sorted[i * 3 + 2]!);
  const ungated = Int32Array.from(plain);
  let keywordTopics: Set<number> | undefined;
  const onTopicPage = (p: number): boolean => {
    if (!keywordTopics) {
      keywordTopics = new Set();
      for (let i = 2; i < ungated.length; i += 3) for (const t of topicsOf(ungated[i]!)) keywordTopics.add(t);
    }
    return topicsOf(p).some((t) => keywordTopics!.has(t));
  };
  const sentenceYields = sentenceVerdicts(text, ungated);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const s = sorted[i * 3]!;
    const e = sorted[i * 3 + 1]!;
    const p = sorted[i * 3 + 2]!;
    if (gated[p] !== 0 && !insurancePage) continue;
    if (gated[p] === ON_TOPIC_PAGE && !onTopicPage(p)) continue;
    if (gated[p] === YIELDING && !yieldingCounts(text, s, e, sentenceYields)) continue;
    if (gated[p] === SIDE && otherKeyword(text, ungated, topicsOf, table.sideMask[p]!, s, e)) continue;
    sorted[kept++] = s;
    sorted[kept++] = e;
    sorted[kept++] = p;
  }
  return sorted.subarray(0, kept);
}

function yieldingCounts(text: string, s: number, e: number, sentenceYields: (s: number, e: number) => boolean): boolean {
  if (text.charCodeAt(e) === 0x5730) return false; // 地
  if (schemeBefore(text, s)) return true;
  return !sentenceYields(s, e);
}

/**
 * Whether the sentence around [s, e) makes a yielding word yield (it holds a keyword's topic or
 * speaks of the balance). That depends on the sentence only, and a page repeats such words sentence
 * after sentence: the last sentence's bounds and verdict serve the next word inside it.
 */
function sentenceVerdicts(text: string, ungated: Int32Array): (s: number, e: number) => boolean {
  let from = 0;
  let to = -1;
  let yields = false;
  return (s, e) => {
    if (s >= from && s < to && e <= to) return yields;
    const [sa, sb] = sentenceAround(text, s, e);
    const k = lowerBound(ungated, sa);
    yields = (k < ungated.length / STRIDE && ungated[k * 3]! < sb) || BALANCE_WORD.test(text.slice(sa, sb));
    // Reusable only when the word holds no break itself: then [sa, sb) has none at all.
    const clean = !hasSentenceBreak(text, s, e);
    from = clean ? sa : 0;
    to = clean ? sb : -1;
    return yields;
  };
}

function otherKeyword(text: string, ungated: Int32Array, topicsOf: (i: number) => readonly number[], mask: number, s: number, e: number): boolean {
  const [sa, sb] = sentenceAround(text, s, e);
  for (let k = lowerBound(ungated, sa); k < ungated.length / STRIDE && ungated[k * 3]! < sb; k++) {
    if (topicsOf(ungated[k * 3 + 2]!).some((t) => ((mask >>> t) & 1) === 0)) return true;
  }
  return false;
}

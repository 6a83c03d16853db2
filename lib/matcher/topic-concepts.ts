/**
 * Topic words that name a topic only on a page about insurance: bare 转移 or 共济 says nothing on
 * a travel page, but on a page that speaks of 医保 or 社保 (one sense per page) it is the transfer or
 * the family sharing that page is about. A scan counts these only when the text holds an
 * insurance context word (place-rules INSURANCE_WORDS). Document-name and online wordings that
 * pages vary (全程网办, 掌上办) are here too, for the same reason. They fill sentences the keyword
 * lists leave empty. The bare transfer verbs (转移, 转入…) yield: a sentence that already has a
 * keyword's topic (查询转移进度 → progress-query) or speaks of the balance (个人账户的钱转移) takes
 * none, as its 转移 is that progress's or that money's, not the relation's.
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
  'insurance-certificate': ['线下窗口', '医保窗口', '服务窗口', '线下', '现场办理', '参保缴费凭证'],
  'intra-province': ['省内', '跨市', '省内通办', '同一城市'],
  'contribution-years': ['年限'],
  'gap-and-backpay': ['断档', '停保'],
  'flexible-employment': ['个人身份参加', '非本地户籍', '以个人身份'],
  'progress-query': ['转移状态'],
};

/**
 * The topic layer's triples (sorted by start) without the gated ones that do not count: all of
 * them off an insurance page, and those in a sentence holding an ungated topic word.
 */
/** Gated words that yield to a keyword's topic or to the balance in their sentence (by topic). */
export const YIELDING_TOPICS: readonly TopicId[] = ['transfer'];
const BALANCE_WORD = /余额|个人账户|账户资金|账户金额|结余|的钱/;
export const GATED = 1;
export const YIELDING = 2;

export function keepGated(text: string, topicLayer: Int32Array, gated: Uint8Array, insurancePage: boolean): Int32Array {
  const sorted = sortByStart(topicLayer);
  const n = sorted.length / STRIDE;
  let plainCount = 0;
  for (let i = 0; i < n; i++) if (gated[sorted[i * 3 + 2]!] === 0) plainCount++;
  if (plainCount === n) return sorted;
  const ungated = new Int32Array(plainCount * STRIDE);
  for (let i = 0, k = 0; i < n; i++) {
    if (gated[sorted[i * 3 + 2]!] !== 0) continue;
    ungated[k++] = sorted[i * 3]!;
    ungated[k++] = sorted[i * 3 + 1]!;
    ungated[k++] = sorted[i * 3 + 2]!;
  }
  // Whether a yielding word yields depends on its sentence only, and a page repeats such words
  // sentence after sentence: the last sentence's bounds and verdict serve the next word in it.
  let sentStart = 0;
  let sentEnd = -1;
  let sentYields = false;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const s = sorted[i * 3]!;
    const e = sorted[i * 3 + 1]!;
    const p = sorted[i * 3 + 2]!;
    if (gated[p] !== 0 && !insurancePage) continue;
    if (gated[p] === YIELDING) {
      if (!(s >= sentStart && s < sentEnd && e <= sentEnd)) {
        const [sa, sb] = sentenceAround(text, s, e);
        const k = lowerBound(ungated, sa);
        sentYields = (k < ungated.length / STRIDE && ungated[k * 3]! < sb) || BALANCE_WORD.test(text.slice(sa, sb));
        // Reusable only when the word holds no break itself: then [sa, sb) has none at all.
        const clean = !hasSentenceBreak(text, s, e);
        sentStart = clean ? sa : 0;
        sentEnd = clean ? sb : -1;
      }
      if (sentYields) continue;
    }
    sorted[kept++] = s;
    sorted[kept++] = e;
    sorted[kept++] = p;
  }
  return sorted.subarray(0, kept);
}

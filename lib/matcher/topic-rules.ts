/**
 * Topics read from the meaning words of a clause rather than from one literal keyword, on an
 * insurance page only. Each rule gives a topic the matched words do not give by themselves, so
 * that no keyword has to stand for two topics:
 * - a channel word holding the move (线上转移) names the transfer too after a scheme word (医保线上转移)
 *   or in a clause with one that is neither treatment's (就医, 报销, 备案) nor the balance's (医保余额);
 * - a movement verb (转移, 转入, 划转 …) or 到账 in a clause that speaks of the balance (个人账户余额会全额转移,
 *   账户里的钱多久到账) is the balance's move, unless the money is the monthly credit or a refund
 *   (每月到账, 报销的钱到账);
 * - two places joined by a transfer verb (从广州转到深圳) are a transfer, within one province or
 *   across two.
 * Rules return quads (start, end, pattern, topic number) sorted by start; the pattern only tells
 * how the span is written, the topic is the rule's.
 */
import { TOPIC_LAYER } from './pattern-table';
import { BALANCE_WORD, schemeBefore } from './topic-concepts';
import { clauseAround } from './topic-context';
import type { PairAt } from './transfer-pairs';

const MOVE_VERBS = new Set(['转移', '转入', '转出', '划转', '转移到', '转移至', '到账']);
// 个人账户每月到账 is the monthly credit arriving, 报销的钱到账 a refund: no balance moves.
const MONTHLY = /每月|按月|每个月|月初|月底/;
const CHANNEL_MOVE = /^(?:线上|线下|网上)(?:转移|转入|转出|接续)$/;
const SCHEME_WORD = /医保|医疗保险|社保/;
const TREATMENT_WORD = /就医|报销|备案/;
// A pattern's kind for the rules, read the first time a scan meets it (0: not read yet).
const MOVE = 1;
const CHANNEL = 2;
const NO_RULE = 3;
// A household-registration move between two places is no insurance transfer.
const NOT_INSURANCE_PAIR = /户口|户籍/;

export interface RuleTopics {
  readonly transfer: number;
  readonly balance: number;
  readonly intraProvince: number;
  readonly crossProvince: number;
}

export interface TopicRules {
  /** Quads found in the raw topic layer and the transfer pairs of one (normalized) text. */
  apply(text: string, topicLayer: Int32Array, pairs: readonly PairAt[]): Int32Array;
}

export function topicRules(texts: readonly string[], layerIndex: Int8Array, topicNo: (id: string) => number): TopicRules {
  const kinds = new Uint8Array(texts.length);
  const kindOf = (pid: number): number =>
    (kinds[pid] ||= layerIndex[pid] !== TOPIC_LAYER ? NO_RULE : MOVE_VERBS.has(texts[pid]!) ? MOVE : CHANNEL_MOVE.test(texts[pid]!) ? CHANNEL : NO_RULE);
  const t: RuleTopics = {
    transfer: topicNo('transfer'),
    balance: topicNo('balance-transfer'),
    intraProvince: topicNo('intra-province'),
    crossProvince: topicNo('cross-province'),
  };
  return {
    apply(text, topicLayer, pairs) {
      const out: number[] = [];
      const push = (s: number, e: number, pid: number, topic: number) => {
        if (topic >= 0) out.push(s, e, pid, topic);
      };
      // Hits come nearly in order, many to a clause: each clause is read once while its hits last,
      // and gives the balance's move once (its topic is the clause's, not each verb's).
      let ca = -1;
      let cb = -1;
      let clause = '';
      let balance = false;
      let relation: boolean | undefined;
      for (let i = 0; i < topicLayer.length; i += 3) {
        const pid = topicLayer[i + 2]!;
        const k = kindOf(pid);
        if (k === NO_RULE) continue;
        const s = topicLayer[i]!;
        const e = topicLayer[i + 1]!;
        if (s < ca || e > cb) {
          [ca, cb] = clauseAround(text, s, e);
          clause = text.slice(ca, cb);
          balance = BALANCE_WORD.test(clause);
          relation = undefined;
        }
        if (k === CHANNEL) {
          relation ??= !BALANCE_WORD.test(clause) && SCHEME_WORD.test(clause) && !TREATMENT_WORD.test(clause);
          if (relation || schemeBefore(text, s)) push(s, e, pid, t.transfer);
        } else if (balance && !(texts[pid] === '到账' && (MONTHLY.test(clause) || TREATMENT_WORD.test(clause)))) {
          push(s, e, pid, t.balance);
          balance = false;
        }
      }
      pairTopics(text, pairs, t, push);
      return sortQuads(out);
    },
  };
}

function pairTopics(text: string, pairs: readonly PairAt[], t: RuleTopics, push: (s: number, e: number, pid: number, topic: number) => void): void {
  for (const pair of pairs) {
    if (NOT_INSURANCE_PAIR.test(text.slice(pair.verbStart, pair.verbEnd))) continue;
    // Pattern 0 stands for no word: the mention's text is then the page's own (detector written()).
    push(pair.verbStart, pair.verbEnd, 0, t.transfer);
    push(pair.verbStart, pair.verbEnd, 0, pair.from.slice(0, 2) === pair.to.slice(0, 2) ? t.intraProvince : t.crossProvince);
  }
}

/** Quads by start: the topic lists they join are merged by start (detector topicLists). */
function sortQuads(out: number[]): Int32Array {
  const order = Array.from({ length: out.length / 4 }, (_, q) => q).sort((a, b) => out[a * 4]! - out[b * 4]! || out[b * 4 + 1]! - out[a * 4 + 1]!);
  const sorted = new Int32Array(out.length);
  order.forEach((q, k) => sorted.set(out.slice(q * 4, q * 4 + 4), k * 4));
  return sorted;
}

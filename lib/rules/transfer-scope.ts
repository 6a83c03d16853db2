// What counts as "about a transfer", shared by the place card and the planner, and how the two
// statutory steps chain. Written once so a card and a plan can never disagree on either.
import type { Rule, TimeStep, TopicId } from '../../data/schema';

/** Topics a transfer card or plan speaks of; gap, monthly-credit and family topics have their own cards. */
export const TRANSFER_TOPICS: readonly TopicId[] = [
  'transfer',
  'balance-transfer',
  'cross-province',
  'intra-province',
  'online-application',
  'insurance-certificate',
  'retiree-resettlement',
  'flexible-employment',
  'contribution-years',
];

/** The planner also lists how to follow the application (进度查询); a place card leaves that to its topic card. */
export const PLAN_TOPICS: readonly TopicId[] = [...TRANSFER_TOPICS, 'progress-query'];

/** Back-pay and monthly-credit rules reach a transfer through shared topics; only those about a transfer stay. */
export function aboutTransfer(rule: Rule): boolean {
  const elsewhere = rule.topics.includes('gap-and-backpay') || rule.topics.includes('monthly-credit');
  return !elsewhere || rule.topics.includes('transfer');
}

/**
 * The transfer-in count starts when the 信息表 arrives, i.e. at the latest on the transfer-out deadline;
 * returns the step a limit's count follows, if any.
 */
export function countsAfter(step: TimeStep, steps: ReadonlySet<TimeStep>): TimeStep | undefined {
  return step === 'transfer-in' && steps.has('transfer-out') ? 'transfer-out' : undefined;
}

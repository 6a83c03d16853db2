import type { BalanceOutcome, Rule } from '../../data/schema';

/** The outcome a balance rule decides; 'procedure' rules say how the money moves and decide nothing. */
export function decidedOutcome(rule: Rule): BalanceOutcome | undefined {
  return rule.balanceOutcome === 'procedure' ? undefined : rule.balanceOutcome;
}

import type { Rule } from './schema';
import { GAP_RULES } from './rules/gap-and-backpay';
import { MONTHLY_CREDIT_RULES } from './rules/monthly-credit';
import { complete } from './rules/rule-input';
import { TRANSFER_RULES } from './rules/transfer';

/** Every rule, time limit, condition, route, caveat and reported experience from the seeds, each once. */
export const RULES: Rule[] = [...TRANSFER_RULES, ...GAP_RULES, ...MONTHLY_CREDIT_RULES].map(complete);

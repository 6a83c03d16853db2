import type { Rule } from './schema';
import { BALANCE_RULES } from './rules/balance';
import { FAMILY_SHARING_RULES } from './rules/family-sharing';
import { GAP_RULES } from './rules/gap-and-backpay';
import { MONTHLY_CREDIT_RULES } from './rules/monthly-credit';
import { complete } from './rules/rule-input';
import { TRANSFER_CAVEATS } from './rules/transfer-caveats';
import { TRANSFER_CONDITIONS } from './rules/transfer-conditions';
import { TRANSFER_ROUTES } from './rules/transfer-routes';
import { TRANSFER_TIME_LIMITS } from './rules/transfer-time-limits';

/** Every rule, time limit, condition, route, caveat and reported experience from the seeds, each once. */
export const RULES: Rule[] = [
  ...TRANSFER_CONDITIONS,
  ...TRANSFER_ROUTES,
  ...TRANSFER_TIME_LIMITS,
  ...BALANCE_RULES,
  ...TRANSFER_CAVEATS,
  ...GAP_RULES,
  ...MONTHLY_CREDIT_RULES,
  ...FAMILY_SHARING_RULES,
].map(complete);

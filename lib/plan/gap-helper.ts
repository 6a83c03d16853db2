// 断缴/补缴: from the last paid month and the restart month to the rules that hold, their local
// variations and a late-fee estimate. Which rule speaks to which gap length is fixed here by id,
// because the rules' time limits alone cannot tell "3 months back-pay" from "3 months wait".
import type { InsuranceType, PersonStatus, Rule } from '../../data/schema';
import { estimateLateFee, unpaidMonths, type LateFeeEstimate } from './late-fee';
import { resolveRules, type RegionLookup } from '../rules/rule-resolution';
import { addYearMonths } from './year-month';

export type GapCause = 'employer' | 'self';
export type GapBand = 'none' | 'within-3' | 'over-3' | 'over-6';

export interface GapInput {
  lastPaid: string; // YYYY-MM
  restart: string; // YYYY-MM
  cause: GapCause;
  insurance: InsuranceType;
  status: PersonStatus;
  /** Monthly contribution in CNY, when the user knows it. */
  monthly?: number;
}

const BAND_RULES: Record<Exclude<GapBand, 'none'>, readonly string[]> = {
  'within-3': ['gap-before-transfer-within-3-months', 'gap-local-within-3-months-next-month', 'gap-personal-backpay-last-3-months'],
  'over-3': ['gap-before-transfer-over-3-months-waiting', 'gap-3-to-6-months-wait', 'gap-long-reenrol-continuous-payment', 'gap-continuous-years-reset'],
  'over-6': [
    'gap-before-transfer-over-3-months-waiting', 'gap-over-6-months-reenrol', 'gap-long-reenrol-continuous-payment',
    'gap-continuous-years-reset', 'gap-3-to-6-months-wait',
  ],
};
const ALWAYS = ['gap-no-benefits-during-gap', 'gap-earlier-contributions-kept'];
const ROUTE_BY_CAUSE: Record<GapCause, string> = { employer: 'route-employer-backpay', self: 'route-personal-backpay' };
const EXAMPLE_BY_CAUSE: Record<GapCause, string> = { employer: 'example-employer-gap-2-months', self: 'example-flexible-gap-4-months' };
export const LATE_FEE_RULE = 'gap-late-fee-daily-0-05-percent';
const EMPLOYER_NO_FEE_RULE = 'route-employer-backpay';

export interface BenefitMonth {
  ruleId: string;
  /** 'from': benefits from this month; 'by': at the latest from this month. */
  bound: 'from' | 'by';
  month: string;
}

export interface GapAdvice {
  input: GapInput;
  /** null when the months are malformed or the restart is not after the last paid month. */
  months: string[] | null;
  band: GapBand;
  /** Official rules for this gap length. */
  applies: Rule[];
  /** What articles report some places do instead. */
  variations: Rule[];
  general: Rule[];
  routes: Rule[];
  caveats: Rule[];
  experiences: Rule[];
  benefitMonths: BenefitMonth[];
  lateFee: {
    /** Who bears it: the employer when it caused the gap. */
    payer: GapCause;
    rule: Rule | null;
    noFeeRule: Rule | null;
    estimate: LateFeeEstimate | null;
  };
}

export function gapBand(months: number): GapBand {
  if (months <= 0) return 'none';
  if (months <= 3) return 'within-3';
  return months <= 6 ? 'over-3' : 'over-6';
}

export function buildGapAdvice(rules: readonly Rule[], regions: RegionLookup, input: GapInput): GapAdvice {
  const months = unpaidMonths(input.lastPaid, input.restart);
  const band = months ? gapBand(months.length) : 'none';
  const resolved = resolveRules(rules, regions, { insurance: input.insurance, status: input.status, topics: ['gap-and-backpay'] });
  const available = new Map(resolved.rules.map((r) => [r.rule.id, r.rule]));
  const byIds = (list: readonly string[]) => list.flatMap((id) => (available.has(id) ? [available.get(id)!] : []));

  const bandRules = band === 'none' || !months ? [] : byIds(BAND_RULES[band]);
  const benefitMonths: BenefitMonth[] = [];
  if (months && band === 'within-3') {
    if (available.has('gap-before-transfer-within-3-months')) benefitMonths.push({ ruleId: 'gap-before-transfer-within-3-months', bound: 'from', month: input.restart });
    if (available.has('gap-local-within-3-months-next-month')) benefitMonths.push({ ruleId: 'gap-local-within-3-months-next-month', bound: 'from', month: addYearMonths(input.restart, 1) });
  }
  if (months && (band === 'over-3' || band === 'over-6') && available.has('gap-before-transfer-over-3-months-waiting')) {
    benefitMonths.push({ ruleId: 'gap-before-transfer-over-3-months-waiting', bound: 'by', month: addYearMonths(input.restart, 6) });
  }

  const feeRule = available.get(LATE_FEE_RULE) ?? null;
  const estimate =
    months && months.length > 0 && input.cause === 'self' && input.monthly !== undefined
      ? estimateLateFee(months, input.restart, input.monthly)
      : null;
  return {
    input,
    months,
    band,
    applies: bandRules.filter((r) => r.confidence === 'official'),
    variations: bandRules.filter((r) => r.confidence !== 'official'),
    general: byIds(ALWAYS),
    routes: byIds(['route-check-gap-status', ROUTE_BY_CAUSE[input.cause]]),
    caveats: resolved.rules.map((r) => r.rule).filter((r) => r.kind === 'caveat'),
    experiences: byIds([EXAMPLE_BY_CAUSE[input.cause]]),
    benefitMonths,
    lateFee: {
      payer: input.cause,
      rule: feeRule,
      noFeeRule: input.cause === 'employer' ? (available.get(EMPLOYER_NO_FEE_RULE) ?? null) : null,
      estimate,
    },
  };
}

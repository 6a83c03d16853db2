// 断缴/补缴: from the last paid month and the restart month to the rules that hold, their local
// variations and a late-fee estimate. Which rule speaks to which gap length is the rule's own `gap`
// field (bands, role, cause, when benefits start), so a new rule needs no code change here.
import type { GapBand as RuleGapBand, GapCause, GapUse, InsuranceType, PersonStatus, Rule } from '../../data/schema';
import { estimateLateFee, unpaidMonths, type LateFeeEstimate } from './late-fee';
import { resolveRules, type RegionLookup } from '../rules/rule-resolution';
import { addYearMonths } from './year-month';

export type { GapCause };
export type GapBand = 'none' | RuleGapBand;

export interface GapInput {
  lastPaid: string; // YYYY-MM
  restart: string; // YYYY-MM
  cause: GapCause;
  insurance: InsuranceType;
  status: PersonStatus;
  /** Monthly contribution in CNY, when the user knows it. */
  monthly?: number;
}

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

type GapRule = Rule & { gap: GapUse };
const hasGap = (rule: Rule): rule is GapRule => rule.gap !== undefined;

export function buildGapAdvice(rules: readonly Rule[], regions: RegionLookup, input: GapInput): GapAdvice {
  const months = unpaidMonths(input.lastPaid, input.restart);
  const band = months ? gapBand(months.length) : 'none';
  const resolved = resolveRules(rules, regions, { insurance: input.insurance, status: input.status, topics: ['gap-and-backpay'] });
  const available = resolved.rules.map((r) => r.rule).filter(hasGap);
  const withRole = (role: GapUse['role'], cause?: GapCause) =>
    available.filter((r) => r.gap.role === role && (cause === undefined || r.gap.cause === cause));

  const bandRules = band === 'none' || !months ? [] : withRole('band').filter((r) => r.gap.bands?.includes(band));
  const benefitMonths: BenefitMonth[] = bandRules.flatMap((r) =>
    r.gap.benefits
      ? [{ ruleId: r.id, bound: r.gap.benefits.bound, month: addYearMonths(input.restart, r.gap.benefits.monthsAfterRestart) }]
      : [],
  );

  const feeRule = withRole('late-fee')[0] ?? null;
  const estimate =
    months && months.length > 0 && input.cause === 'self' && input.monthly !== undefined
      ? estimateLateFee(months, input.restart, input.monthly)
      : null;
  const causeRoutes = withRole('route', input.cause);
  return {
    input,
    months,
    band,
    applies: bandRules.filter((r) => r.confidence === 'official'),
    variations: bandRules.filter((r) => r.confidence !== 'official'),
    general: withRole('always'),
    routes: [...withRole('status-check'), ...causeRoutes],
    caveats: withRole('caveat'),
    experiences: withRole('example', input.cause),
    benefitMonths,
    lateFee: {
      payer: input.cause,
      rule: feeRule,
      noFeeRule: causeRoutes.find((r) => r.gap.waivesLateFee) ?? null,
      estimate,
    },
  };
}

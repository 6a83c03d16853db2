// From the planner's inputs to everything the plan view shows. Rule selection is resolveRules'
// job; this file only sorts the resolved rules into the plan's sections and dates the time limits.
import type { BalanceOutcome, InsuranceType, PersonStatus, Rule, Source, TimeLimit } from '../../data/schema';
import { resolveRules, type Relation, type RegionLookup } from '../rules/rule-resolution';
import { decidedOutcome } from '../rules/balance-outcome';
import { aboutTransfer, countsAfter, PLAN_TOPICS } from '../rules/transfer-scope';
import { buildTimeline, type TimelineItem, type TimelineStepInput } from '../calendar/timeline';
import type { DayInfo, IsoDateString, WorkingDayCalendar } from '../calendar/working-days';
import { holidaysBetween, type HolidaySpan } from '../calendar/holidays-between';
import { estimatesIn, type EstimateInWindow } from '../calendar/holiday-estimate';
import { calendarStrip } from './calendar-strip';

export type { HolidaySpan } from '../calendar/holidays-between';

export interface PlanInput {
  from: string;
  to: string;
  insurance: InsuranceType;
  status: PersonStatus;
  applied: IsoDateString;
}

/** What happens to the personal-account balance: a rule's `balanceOutcome`, or no transfer / no rule. */
export type BalanceHandling = BalanceOutcome | 'not-needed' | 'none';

export interface PlanRule {
  rule: Rule;
  /** Scoped to one of the two places rather than national. */
  local: boolean;
}

export interface ChecklistItem extends TimelineItem {
  limit: TimeLimit;
  /** Holidays that fall between the start and the deadline (they are why the date is later). */
  holidays: HolidaySpan[];
  /** Weekend days inside the window that are working days (调休上班). */
  makeupDays: IsoDateString[];
}

export interface TransferPlan {
  input: PlanInput;
  relation: Relation;
  /** For intra-province: the province whose rule applies. */
  ruleProvince: string | null;
  hasLocalData: boolean;
  balance: { handling: BalanceHandling; alternatives: BalanceHandling[]; rules: PlanRule[] };
  conditions: PlanRule[];
  routes: PlanRule[];
  /** Province whose 地方专区 takes a transfer-out application in the app: the original place's. */
  appProvince: string | null;
  /** Province whose 地方专区 takes a transfer-in application: the new place's (either end may start). */
  appProvinceIn: string | null;
  checklist: ChecklistItem[];
  /** Time limits borrowed from the cross-province rule as an upper bound (intra-province). */
  limitsAreUpperBound: boolean;
  timeLimitRules: PlanRule[];
  otherRules: PlanRule[];
  experiences: PlanRule[];
  caveats: PlanRule[];
  sources: Source[];
  outsideCalendar: boolean;
  /** Estimated holiday years the checklist's dates depend on (lib/calendar/holiday-estimate.ts). */
  calendarEstimates: EstimateInWindow[];
  coveredYears: readonly number[];
  /** Every day from the application day to the last deadline, for the popup's calendar strip. */
  days: DayInfo[];
}

const lastDeadline = (items: readonly ChecklistItem[]): IsoDateString | null =>
  items.reduce<IsoDateString | null>((last, i) => (i.deadline && (!last || i.deadline > last) ? i.deadline : last), null);

/** The cross-province chain: transfer-in counts from the transfer-out deadline (the 信息表 arrives by then). */
function timelineSteps(limits: readonly TimeLimit[]): TimelineStepInput[] {
  const steps = new Set(limits.map((l) => l.step));
  return limits.map((l) => {
    const after = countsAfter(l.step, steps);
    return {
      step: l.step,
      unit: l.unit,
      ...(l.max !== undefined ? { max: l.max } : {}),
      ...(l.min !== undefined ? { min: l.min } : {}),
      approx: l.approx,
      ...(after ? { after } : {}),
    };
  });
}

function pickBalance(relation: Relation, rules: PlanRule[]): { handling: BalanceHandling; alternatives: BalanceHandling[] } {
  if (relation === 'same-area') return { handling: 'not-needed', alternatives: [] };
  // A local rule beats a national one, and a rule written for this person's status beats a general one.
  const rank = (r: PlanRule) => (r.local ? 0 : 2) + (r.rule.status.length < 3 ? 0 : 1);
  const outcome = (r: PlanRule) => decidedOutcome(r.rule);
  const decided = rules
    .filter((r) => outcome(r))
    .sort((a, b) => rank(a) - rank(b) || (outcome(a) === 'moves' ? -1 : 1));
  if (decided.length === 0) return { handling: 'none', alternatives: [] };
  const handling = outcome(decided[0]!)!;
  // A local rule that keeps the money where it is leaves no national alternative standing.
  if (handling === 'stays') return { handling, alternatives: [] };
  const alternatives = [...new Set(decided.map((r) => outcome(r)!))].filter((h) => h !== handling);
  return { handling, alternatives };
}

/** A local balance rule (广东: stays) overrules national ones that decide otherwise for this case. */
function withoutOverruled(rules: PlanRule[]): PlanRule[] {
  const local = new Set(rules.filter((r) => r.local).map((r) => decidedOutcome(r.rule)).filter(Boolean));
  if (local.size === 0) return rules;
  return rules.filter((r) => r.local || !decidedOutcome(r.rule) || local.has(decidedOutcome(r.rule)));
}

function uniqueSources(rules: PlanRule[]): Source[] {
  const seen = new Map<string, Source>();
  for (const { rule } of rules) for (const s of rule.sources) seen.set(JSON.stringify(s), s);
  return [...seen.values()];
}

export function buildTransferPlan(
  rules: readonly Rule[],
  regions: RegionLookup,
  calendar: WorkingDayCalendar,
  input: PlanInput,
): TransferPlan {
  const resolved = resolveRules(rules, regions, {
    from: input.from,
    to: input.to,
    insurance: input.insurance,
    status: input.status,
    topics: PLAN_TOPICS,
  });
  const relevant = resolved.rules.filter((r) => aboutTransfer(r.rule));
  const applicable: PlanRule[] = relevant
    .filter((r) => r.applies)
    .map((r) => ({ rule: r.rule, local: r.matchedBy !== 'national' }));
  const of = (kind: Rule['kind']) => applicable.filter((r) => r.rule.kind === kind);
  // The balance section holds the rules that decide where the money goes; how it moves is in otherRules.
  const balanceRules = withoutOverruled(of('rule').filter((r) => r.rule.topics.includes('balance-transfer') && decidedOutcome(r.rule)));

  const usedLimits = new Set(resolved.timeLimits);
  const timeline = buildTimeline(calendar, input.applied, timelineSteps(resolved.timeLimits));
  const checklist: ChecklistItem[] = timeline.items.map((item, i) => ({
    ...item,
    limit: resolved.timeLimits[i]!,
    ...holidaysBetween(calendar, item.from, item.deadline),
  }));
  const timeLimitRules = rules
    .filter((r) => r.timeLimits.some((l) => usedLimits.has(l)))
    .map((rule) => ({ rule, local: rule.scope.level !== 'national' }));

  const fromRegion = regions.byCode(input.from);
  const sections = {
    conditions: of('condition'),
    routes: of('route'),
    otherRules: [
      ...of('rule').filter((r) => !balanceRules.includes(r)),
      ...of('time-limit').filter((r) => !r.rule.timeLimits.some((l) => usedLimits.has(l))),
    ],
    experiences: relevant.filter((r) => r.rule.kind === 'experience').map((r) => ({ rule: r.rule, local: r.matchedBy !== 'national' })),
    caveats: of('caveat'),
  };
  return {
    input,
    relation: resolved.relation,
    ruleProvince: resolved.relation === 'intra-province' && fromRegion ? fromRegion.province : null,
    hasLocalData: resolved.hasLocalData,
    balance: { ...pickBalance(resolved.relation, balanceRules), rules: balanceRules },
    ...sections,
    appProvince: fromRegion?.province ?? null,
    appProvinceIn: regions.byCode(input.to)?.province ?? null,
    checklist: resolved.relation === 'same-area' ? [] : checklist,
    limitsAreUpperBound: resolved.timeLimitsAreUpperBound,
    timeLimitRules,
    sources: uniqueSources([...balanceRules, ...timeLimitRules, ...Object.values(sections).flat()]),
    outsideCalendar: resolved.relation !== 'same-area' && timeline.outsideCalendar,
    calendarEstimates: resolved.relation === 'same-area' ? [] : estimatesIn(calendar, input.applied, lastDeadline(checklist)),
    coveredYears: calendar.coveredYears,
    days: resolved.relation === 'same-area' ? [] : calendarStrip(calendar, input.applied, lastDeadline(checklist)),
  };
}

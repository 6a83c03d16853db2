import type { InsuranceType, PersonStatus, Region, Rule, TimeLimit, TopicId } from '../../data/schema';
import type { PageCase } from './page-case';

/** The only region facts resolution needs; region-index satisfies it structurally. */
export interface RegionLookup {
  byCode(code: string): Region | undefined;
}

export type Relation = 'same-area' | 'intra-province' | 'cross-province' | 'unknown';

/** Which end of a transfer made a scoped rule relevant. */
export type MatchedBy = 'place' | 'from' | 'to' | 'national';

export interface RuleQuery {
  place?: string; // a region the user is looking at (hover card)
  from?: string; // 转出地
  to?: string; // 转入地
  relation?: Relation; // overrides the relation computed from `from` and `to`
  insurance?: InsuranceType;
  status?: PersonStatus;
  topics?: readonly TopicId[]; // keep only rules touching one of these
}

export interface ResolvedRule {
  rule: Rule;
  matchedBy: MatchedBy;
  /** False when the rule is scoped to this place but written for the other transfer case. */
  applies: boolean;
}

export interface ResolvedRules {
  relation: Relation;
  /** The case rules were selected for: an unknown relation is read as cross-province, the common case. */
  effectiveCase: PageCase;
  rules: ResolvedRule[];
  superseded: Rule[];
  /** True when some province- or city-scoped rule matched one of the places. */
  hasLocalData: boolean;
  timeLimits: TimeLimit[];
  /** Time limits borrowed from the cross-province rule because nothing narrower is known. */
  timeLimitsAreUpperBound: boolean;
}

/**
 * The pooling area (统筹地区) is usually the prefecture; a municipality or a county-level city
 * directly under its province pools on its own.
 */
export function poolingAreaOf(lookup: RegionLookup, code: string): string | undefined {
  const region = lookup.byCode(code);
  if (!region) return undefined;
  if (region.level !== 'county-city') return region.code;
  const parent = region.parent ? lookup.byCode(region.parent) : undefined;
  return parent && parent.level === 'prefecture' ? parent.code : region.code;
}

export function relationBetween(lookup: RegionLookup, from?: string, to?: string): Relation {
  if (!from || !to) return 'unknown';
  const a = lookup.byCode(from);
  const b = lookup.byCode(to);
  if (!a || !b) return 'unknown';
  if (a.province !== b.province) return 'cross-province';
  // A bare province on one side says nothing about the pooling area.
  if (a.level === 'province' || b.level === 'province') {
    return a.code === b.code && a.level === 'province' && isMunicipality(lookup, a.code) ? 'same-area' : 'intra-province';
  }
  return poolingAreaOf(lookup, a.code) === poolingAreaOf(lookup, b.code) ? 'same-area' : 'intra-province';
}

function isMunicipality(lookup: RegionLookup, provinceCode: string): boolean {
  const region = lookup.byCode(provinceCode);
  return !!region && region.level === 'province' && region.name.endsWith('市');
}

function scopeMatch(lookup: RegionLookup, rule: Rule, query: RuleQuery): MatchedBy | undefined {
  if (rule.scope.level === 'national') return 'national';
  const target = rule.scope.region;
  const ends: Array<[MatchedBy, string | undefined]> = [
    ['place', query.place],
    ['from', query.from],
    ['to', query.to],
  ];
  for (const [end, code] of ends) {
    if (!code) continue;
    const region = lookup.byCode(code);
    if (!region) continue;
    if (rule.scope.level === 'province' && region.province === target) return end;
    if (rule.scope.level === 'city' && (region.code === target || poolingAreaOf(lookup, code) === target)) return end;
  }
  return undefined;
}

function caseApplies(rule: Rule, effectiveCase: PageCase): boolean {
  return rule.transferCase === 'any' || rule.transferCase === effectiveCase;
}

function audienceMatches(rule: Rule, query: RuleQuery): boolean {
  if (query.insurance && !rule.insurance.includes(query.insurance)) return false;
  if (query.status && !rule.status.includes(query.status)) return false;
  if (query.topics && query.topics.length > 0 && !rule.topics.some((t) => query.topics!.includes(t))) return false;
  return true;
}

export function resolveRules(allRules: readonly Rule[], lookup: RegionLookup, query: RuleQuery): ResolvedRules {
  const relation = query.relation ?? relationBetween(lookup, query.from, query.to);
  const effectiveCase = relation === 'intra-province' || relation === 'same-area' ? 'intra-province' : 'cross-province';
  const rules: ResolvedRule[] = [];
  const superseded: Rule[] = [];
  let hasLocalData = false;

  for (const rule of allRules) {
    if (!audienceMatches(rule, query)) continue;
    const matchedBy = scopeMatch(lookup, rule, query);
    if (!matchedBy) continue;
    if (rule.supersededBy) {
      superseded.push(rule);
      continue;
    }
    const applies = caseApplies(rule, effectiveCase);
    // National rules for the other case are noise; a local rule for the other case is still worth showing.
    if (!applies && matchedBy === 'national') continue;
    if (matchedBy !== 'national') hasLocalData = true;
    rules.push({ rule, matchedBy, applies });
  }

  const { timeLimits, upperBound } = pickTimeLimits(allRules, rules, effectiveCase, query);
  return { relation, effectiveCase, rules, superseded, hasLocalData, timeLimits, timeLimitsAreUpperBound: upperBound };
}

const PROCEDURE_STEPS = new Set(['transfer-out', 'transfer-in', 'whole']);

/** Official procedure limits only: anecdotes and reported durations never become deadlines. */
function officialLimits(rules: Iterable<Rule>): TimeLimit[] {
  const byStep = new Map<string, TimeLimit>();
  for (const rule of rules) {
    if (rule.confidence !== 'official' || rule.supersededBy) continue;
    for (const limit of rule.timeLimits) {
      if (!PROCEDURE_STEPS.has(limit.step) || limit.unit !== 'working-days' || limit.max === undefined) continue;
      const known = byStep.get(limit.step);
      if (!known || (known.max ?? Infinity) > limit.max) byStep.set(limit.step, limit);
    }
  }
  const order = ['transfer-out', 'transfer-in', 'whole'];
  return [...byStep.values()].sort((a, b) => order.indexOf(a.step) - order.indexOf(b.step));
}

function pickTimeLimits(
  allRules: readonly Rule[],
  resolved: readonly ResolvedRule[],
  effectiveCase: PageCase,
  query: RuleQuery,
): { timeLimits: TimeLimit[]; upperBound: boolean } {
  const own = officialLimits(resolved.filter((r) => r.applies).map((r) => r.rule));
  if (own.length > 0 || effectiveCase === 'cross-province') return { timeLimits: own, upperBound: false };
  // Within a province the seeds only say limits "may be shorter": the cross-province limits bound them.
  const cross = allRules.filter(
    (r) => r.scope.level === 'national' && r.transferCase === 'cross-province' && audienceMatches(r, { ...query, topics: undefined }),
  );
  const borrowed = officialLimits(cross);
  return { timeLimits: borrowed, upperBound: borrowed.length > 0 };
}

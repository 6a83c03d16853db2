import type { Rule } from '../schema';

/** A rule as authored: the fields the schema defaults may be left out. */
export type RuleInput = Omit<Rule, 'transferCase' | 'timeLimits' | 'steps'> &
  Partial<Pick<Rule, 'transferCase' | 'timeLimits' | 'steps'>>;

export const NATIONAL = { level: 'national' } as const;
export const province = (region: string) => ({ level: 'province', region }) as const;
export const city = (region: string) => ({ level: 'city', region }) as const;

export const BOTH: Rule['insurance'] = ['employee', 'resident'];
export const EMPLOYEE: Rule['insurance'] = ['employee'];
export const WORKING: Rule['status'] = ['employed', 'flexible'];
export const ALL: Rule['status'] = ['employed', 'flexible', 'retired'];
export const RETIRED: Rule['status'] = ['retired'];

/** Fills the schema's defaults so the bundle holds complete rules without parsing at load time. */
export function complete(rule: RuleInput): Rule {
  return { transferCase: 'any', timeLimits: [], steps: [], ...rule };
}

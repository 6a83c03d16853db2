import type { Rule } from '../schema';

/** A rule as authored: the fields the schema defaults may be left out. */
export type RuleInput = Omit<Rule, 'transferCase' | 'timeLimits' | 'steps'> &
  Partial<Pick<Rule, 'transferCase' | 'timeLimits' | 'steps'>>;

export const NATIONAL = { level: 'national' } as const;
/** Scopes carry the region's name next to its code; a test checks the pair against the regions file. */
export const province = (region: string, name: string) => ({ level: 'province', region, name }) as const;
export const city = (region: string, name: string) => ({ level: 'city', region, name }) as const;

export const BOTH: Rule['insurance'] = ['employee', 'resident'];
export const EMPLOYEE: Rule['insurance'] = ['employee'];
export const WORKING: Rule['status'] = ['employed', 'flexible'];
export const ALL: Rule['status'] = ['employed', 'flexible', 'retired'];
export const RETIRED: Rule['status'] = ['retired'];

/** Fills the schema's defaults so the bundle holds complete rules without parsing at load time. */
export function complete(rule: RuleInput): Rule {
  return { transferCase: 'any', timeLimits: [], steps: [], ...rule };
}

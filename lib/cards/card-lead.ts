// The lines a card leads with, before anything folded: where the balance goes (one line) and the one
// caveat that most changes what the reader should do.
import { t, type Lang } from '../i18n/translate';
import { decidedOutcome } from '../rules/balance-outcome';
import type { ResolvedRule } from '../rules/rule-resolution';
import { bySureness, cardFact, type CardFact } from './card-fact';
import type { SourceBook } from './source-label';

/** A local rule beats a national one; then the surest. The line is the planner's outcome sentence. */
export function balanceLead(applying: readonly ResolvedRule[], lang: Lang, book: SourceBook): CardFact | undefined {
  const deciding = applying.filter((r) => r.rule.topics.includes('balance-transfer') && decidedOutcome(r.rule));
  const local = bySureness(deciding.filter((r) => r.matchedBy !== 'national').map((r) => r.rule));
  const national = bySureness(deciding.filter((r) => r.matchedBy === 'national').map((r) => r.rule));
  const rule = local[0] ?? national[0];
  if (!rule) return undefined;
  return { ...cardFact(rule, lang, book), text: t(lang, `balance.${decidedOutcome(rule)!}`), steps: [] };
}

/**
 * The caveat to show unfolded: a local one first (it is why this place differs), else the surest
 * national one. The data has no ranking of caveats, so sureness and locality are what we go by.
 */
export function caveatLead(local: readonly CardFact[], localRules: readonly ResolvedRule[], national: readonly CardFact[]): CardFact | undefined {
  const localCaveats = new Set(localRules.filter((r) => r.rule.kind === 'caveat').map((r) => r.rule.id));
  return local.find((f) => localCaveats.has(f.id)) ?? national[0];
}

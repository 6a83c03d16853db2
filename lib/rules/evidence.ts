// How strong a rule's evidence is, and so how sure the rule may say it is: the level of its best source.
// A seed sentence is an article report, or an anecdote when its quote table marks it a single case; a document's
// kind decides the rest (data/official-sources.ts). A document without a kind was never opened: it can
// back no level above an article.
import type { Confidence, Rule, Source } from '../../data/schema';

const LEVEL_RANK: Record<Confidence, number> = { official: 0, article: 1, anecdote: 2 };

export function evidenceLevel(source: Source): Confidence {
  if ('seed' in source) return source.single ? 'anecdote' : 'article';
  switch (source.kind) {
    case 'law':
    case 'national':
    case 'local-law':
    case 'local-guide':
      return 'official';
    default:
      return 'article';
  }
}

/** The level of the best evidence: what the rule's confidence must be. */
export function bestEvidence(rule: Pick<Rule, 'sources'>): Confidence {
  return rule.sources.map((s) => evidenceLevel(s)).sort((a, b) => LEVEL_RANK[a] - LEVEL_RANK[b])[0] ?? 'anecdote';
}

/** True when the sources run strongest first (official text, local guide, article, anecdote). */
export function strongestFirst(rule: Pick<Rule, 'sources'>): boolean {
  const ranks = rule.sources.map((s) => LEVEL_RANK[evidenceLevel(s)]);
  return ranks.every((r, i) => i === 0 || ranks[i - 1]! <= r);
}

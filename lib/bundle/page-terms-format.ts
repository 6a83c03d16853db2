// data/page-terms.generated.json: the topics and claims as the page's detector reads them (lib/matcher/detector.ts
// DetectorTopic, DetectorClaim): their words and names, without the summaries, English texts, current
// rules and quoted sources that only the cards show, which the background computes. Every frame of
// every page bundles it. tests/unit/page-detector-data.test.ts fails while it and data/ disagree.
import type { DetectorClaim, DetectorTopic } from '../matcher/detector';

export interface PageTermsFile {
  generated: { by: string; from: string; regenerate: string };
  topics: DetectorTopic[];
  claims: DetectorClaim[];
}

export function pageTermsFrom(topics: readonly DetectorTopic[], claims: readonly DetectorClaim[]): PageTermsFile {
  return {
    generated: {
      by: 'scripts/gen-page-terms.ts',
      from: 'data/topics.ts and data/claims.ts (what the detector reads)',
      regenerate: 'npm run gen:page-terms',
    },
    topics: topics.map((t) => ({ id: t.id, label: { zh: t.label.zh }, keywords: [...t.keywords] })),
    claims: claims.map((c) => ({ id: c.id, kind: c.kind, patterns: [...c.patterns], says: { zh: c.says.zh }, holdsRule: c.holdsRule })),
  };
}

import type { Claim, Rule } from '../../data/schema';
import { modelText } from '../i18n/card-model-strings';
import type { CardContext } from './card-context';
import { cardFact, type CardFact } from './card-fact';
import { pick } from '../i18n/translate';
import { SourceBook, type SourceRef } from './source-label';

export interface ClaimCardInput {
  claimId: string;
  /** The words as they stand on the page. */
  pageText: string;
  context: Pick<CardContext, 'language'>;
  claims: readonly Claim[];
  rules: readonly Rule[];
}

export interface ClaimCardModel {
  id: string;
  kind: Claim['kind'];
  kindLabel: string;
  pageText: string;
  says: string;
  holds: string;
  /** 'YYYY-MM-DD' the precise rule holds from, when known. */
  since?: string;
  sinceLabel?: string;
  /** The rule that holds, with its own confidence and sources. */
  rule?: CardFact;
  /** The rule the claim repeats, when the data marks it superseded. */
  replaced?: CardFact;
  /** Articles where the claim appears, with the sentence. */
  appearsIn: Claim['sources'];
  sources: SourceRef[];
}

export function claimCardModel(input: ClaimCardInput): ClaimCardModel | undefined {
  const lang = input.context.language;
  const claim = input.claims.find((c) => c.id === input.claimId);
  if (!claim) return undefined;
  const book = new SourceBook(lang);
  const holding = input.rules.find((r) => r.id === claim.holdsRule);
  const replacedRule = holding?.supersedes ? input.rules.find((r) => r.id === holding.supersedes) : undefined;
  const rule = holding ? cardFact(holding, lang, book) : undefined;
  const replaced = replacedRule ? cardFact(replacedRule, lang, book) : undefined;
  book.cite(claim.sources);
  return {
    id: claim.id,
    kind: claim.kind,
    kindLabel: modelText(lang, `claim.kind.${claim.kind}`),
    pageText: input.pageText,
    says: pick(lang, claim.says),
    holds: pick(lang, claim.holds),
    ...(claim.since ? { since: claim.since, sinceLabel: modelText(lang, 'claim.since', { date: claim.since }) } : {}),
    ...(rule ? { rule } : {}),
    ...(replaced ? { replaced } : {}),
    appearsIn: claim.sources,
    sources: book.list(),
  };
}

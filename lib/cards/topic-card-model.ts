import type { Rule, Topic, TopicId } from '../../data/schema';
import type { CardContext } from './card-context';
import { bySureness, cardFact, type CardFact } from './card-fact';
import { pick } from '../i18n/translate';
import { relationBetween, resolveRules, type RegionLookup, type Relation } from '../rules/rule-resolution';
import { SourceBook, type SourceRef } from './source-label';

export interface TopicCardInput {
  topicId: string;
  context: Pick<CardContext, 'subject' | 'otherEnd' | 'language'>;
  rules: readonly Rule[];
  topics: readonly Topic[];
  lookup: RegionLookup;
}

export interface TopicCardModel {
  id: TopicId;
  title: string;
  summary: string;
  /** Rules, time limits and conditions: official first. */
  points: CardFact[];
  /** Rules for the page's subject region, when it has any for this topic. */
  localFacts: CardFact[];
  routes: CardFact[];
  caveats: CardFact[];
  experiences: CardFact[];
  sources: SourceRef[];
}

const POINT_KINDS = new Set<Rule['kind']>(['rule', 'time-limit', 'condition']);

export function topicCardModel(input: TopicCardInput): TopicCardModel | undefined {
  const { context, rules, lookup } = input;
  const lang = context.language;
  const topic = input.topics.find((t) => t.id === input.topicId);
  if (!topic) return undefined;
  // The intra-province topic is about that case by definition; otherwise the page's two ends decide.
  const relation: Relation =
    topic.id === 'intra-province' ? 'intra-province' : relationBetween(lookup, context.subject ?? undefined, context.otherEnd ?? undefined);
  const resolved = resolveRules(rules, lookup, {
    ...(context.subject ? { place: context.subject } : {}),
    relation,
    topics: [topic.id],
  });
  const applying = resolved.rules.filter((r) => r.applies);
  const book = new SourceBook(lang);
  const facts = (keep: (r: Rule) => boolean) =>
    bySureness(applying.filter((r) => r.matchedBy === 'national' && keep(r.rule)).map((r) => cardFact(r.rule, lang, book)));

  const localFacts = bySureness(applying.filter((r) => r.matchedBy !== 'national').map((r) => cardFact(r.rule, lang, book)));
  const points = facts((r) => POINT_KINDS.has(r.kind));
  const routes = facts((r) => r.kind === 'route');
  const caveats = facts((r) => r.kind === 'caveat');
  const experiences = facts((r) => r.kind === 'experience');
  return {
    id: topic.id,
    title: pick(lang, topic.label),
    summary: pick(lang, topic.summary),
    points,
    localFacts,
    routes,
    caveats,
    experiences,
    sources: book.list(),
  };
}

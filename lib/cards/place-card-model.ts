import type { Confidence, Rule, TimeLimit, TimeStep } from '../../data/schema';
import { modelText } from '../i18n/card-model-strings';
import type { CardContext } from './card-context';
import { bySureness, cardFact, type CardFact } from './card-fact';
import { holidayName } from '../i18n/holiday-names';
import { pick, t } from '../i18n/translate';
import type { PageCase } from '../rules/page-case';
import { aboutTransfer, countsAfter, TRANSFER_TOPICS } from '../rules/transfer-scope';
import { relationBetween, resolveRules, type RegionLookup, type Relation, type ResolvedRule } from '../rules/rule-resolution';
import { SourceBook, type SourceRef } from './source-label';
import { balanceLead, caveatLead } from './card-lead';
import { buildTimeline, type TimelineStepInput } from '../calendar/timeline';
import { holidayNamesBetween } from '../calendar/holidays-between';
import { estimatesIn } from '../calendar/holiday-estimate';
import { estimateNote } from '../i18n/estimate-note';
import type { WorkingDayCalendar } from '../calendar/working-days';

export interface PlaceCardInput {
  code: string;
  /** pageCase: the case the page speaks of around the mention; an other end, when known, decides instead. */
  context: Pick<CardContext, 'otherEnd' | 'language'> & { today: string; pageCase?: PageCase | undefined };
  rules: readonly Rule[];
  lookup: RegionLookup;
  calendar: WorkingDayCalendar;
}

export interface DatedStep {
  step: TimeStep;
  label: string;
  deadline: string | null;
  workingDays: number | null;
  /** What the count starts from, e.g. '收到《信息表》后起算'. */
  countFrom?: string;
  outsideCalendar: boolean;
  confidence: Confidence;
  refs: number[];
}

export interface PlaceTimeline {
  applicationDate: string;
  steps: DatedStep[];
  end: string | null;
  /** Holidays between the application and the last deadline. */
  holidays: string[];
  upperBound: boolean;
  outsideCalendarNote?: string;
  /** Set when a date depends on a year whose holiday notice is not out (lib/calendar/holiday-estimate.ts). */
  estimateNote?: string;
}

export interface PlaceCardModel {
  code: string;
  title: string;
  province?: string;
  prefecture?: string;
  subtitle: string;
  relation: Relation;
  effectiveCase: PageCase;
  caseLabel: string;
  /** Null when no transfer is needed (same pooling area). */
  timeline: PlaceTimeline | null;
  timelineNote?: string;
  /** Where the personal-account balance goes, in one line (the card leads with it). */
  balance?: CardFact;
  /** The caveat that most changes what to do, shown unfolded (it is also in `caveats` or `localFacts`). */
  keyCaveat?: CardFact;
  localFacts: CardFact[];
  rules: CardFact[];
  routes: CardFact[];
  conditions: CardFact[];
  caveats: CardFact[];
  experiences: CardFact[];
  /** Local rules written for the other case, e.g. 广东's intra-province rule on a cross-province card. */
  otherCase: { label: string; facts: CardFact[] }[];
  hasLocalData: boolean;
  noLocalNote?: string;
  sources: SourceRef[];
}

export function placeCardModel(input: PlaceCardInput): PlaceCardModel | undefined {
  const { code, context, rules, lookup, calendar } = input;
  const lang = context.language;
  const region = lookup.byCode(code);
  if (!region) return undefined;
  const province = region.level === 'province' ? undefined : lookup.byCode(region.province);
  const parent = region.level === 'county-city' && region.parent ? lookup.byCode(region.parent) : undefined;
  const prefecture = parent?.level === 'prefecture' ? parent : undefined;
  const other = context.otherEnd && context.otherEnd !== code ? lookup.byCode(context.otherEnd) : undefined;

  const relation = other ? relationBetween(lookup, code, other.code) : (context.pageCase ?? 'unknown');
  const resolved = resolveRules(rules, lookup, { place: code, relation, topics: TRANSFER_TOPICS });
  const book = new SourceBook(lang);
  const provinceName = (province ?? region).name;

  const shown = resolved.rules.filter((r) => aboutTransfer(r.rule));
  const applying = shown.filter((r) => r.applies);
  const local = applying.filter((r) => r.matchedBy !== 'national');
  const national = applying.filter((r) => r.matchedBy === 'national');
  const facts = (list: readonly ResolvedRule[], kind: Rule['kind']) =>
    bySureness(list.filter((r) => r.rule.kind === kind).map((r) => cardFact(r.rule, lang, book)));

  // Built in display order so footnote numbers rise down the card.
  const localFacts = bySureness(local.filter((r) => r.rule.kind !== 'experience').map((r) => cardFact(r.rule, lang, book)));
  const timeline = relation === 'same-area' ? null : placeTimeline(resolved.timeLimits, rules, resolved.timeLimitsAreUpperBound, context, calendar, book);
  const balance = relation === 'same-area' ? undefined : balanceLead(applying, lang, book);
  const otherCase = otherCaseGroups(shown, lang, provinceName, book);
  const experiences = [...facts(local, 'experience'), ...facts(national, 'experience')];
  const routes = facts(national, 'route');
  const conditions = facts(national, 'condition');
  const ruleFacts = facts(national, 'rule');
  const caveats = facts(national, 'caveat');
  const keyCaveat = caveatLead(localFacts, local, caveats);

  return {
    code,
    title: region.name,
    ...(province ? { province: province.name } : {}),
    ...(prefecture ? { prefecture: prefecture.name } : {}),
    subtitle: subtitle(lang, province?.name, prefecture?.name),
    relation,
    effectiveCase: resolved.effectiveCase,
    caseLabel: caseLabel(lang, relation, region.name, other?.name, provinceName, !other && !!context.pageCase),
    timeline,
    ...(timeline?.upperBound ? { timelineNote: modelText(lang, 'timeline.upperBound') } : {}),
    ...(balance ? { balance } : {}),
    ...(keyCaveat ? { keyCaveat } : {}),
    localFacts,
    experiences,
    rules: ruleFacts,
    routes,
    conditions,
    caveats,
    otherCase,
    hasLocalData: resolved.hasLocalData,
    ...(resolved.hasLocalData ? {} : { noLocalNote: t(lang, 'plan.noLocal', { place: region.name }) }),
    sources: book.list(),
  };
}

function subtitle(lang: CardContext['language'], province?: string, prefecture?: string): string {
  if (!province) return modelText(lang, 'place.province');
  return prefecture ? `${modelText(lang, 'place.county', { prefecture })} · ${province}` : province;
}

function caseLabel(lang: CardContext['language'], relation: Relation, place: string, other: string | undefined, province: string, fromPage: boolean): string {
  if (fromPage) return modelText(lang, relation === 'intra-province' ? 'case.intra-page' : 'case.cross-page', { province });
  if (!other || relation === 'unknown') return modelText(lang, 'case.cross-default');
  if (relation === 'same-area') return modelText(lang, 'case.same-area', { place, other });
  if (relation === 'intra-province') return modelText(lang, 'case.intra-with', { place, other, province });
  return modelText(lang, 'case.cross-with', { place, other });
}

function placeTimeline(
  limits: readonly TimeLimit[],
  rules: readonly Rule[],
  upperBound: boolean,
  context: PlaceCardInput['context'],
  calendar: WorkingDayCalendar,
  book: SourceBook,
): PlaceTimeline {
  const lang = context.language;
  const has = new Set(limits.map((l) => l.step));
  const steps: TimelineStepInput[] = limits.map((l) => {
    const after = countsAfter(l.step, has);
    return { ...l, ...(after ? { after } : {}) };
  });
  const built = buildTimeline(calendar, context.today, steps);
  const dated: DatedStep[] = built.items.map((item, i) => {
    const limit = limits[i]!;
    const owner = rules.find((r) => r.timeLimits.includes(limit));
    return {
      step: item.step,
      label: t(lang, `step.${item.step}`),
      deadline: item.deadline,
      workingDays: item.workingDays,
      ...(limit.from ? { countFrom: modelText(lang, 'timeline.countFrom', { from: pick(lang, limit.from) }) } : {}),
      outsideCalendar: item.outsideCalendar,
      // resolveRules dates official limits only; the owner is looked up for its sources.
      confidence: owner?.confidence ?? 'official',
      refs: owner ? book.cite(owner.sources) : [],
    };
  });
  const timeline: PlaceTimeline = {
    applicationDate: context.today,
    steps: dated,
    end: built.end,
    holidays: built.end ? holidayNamesBetween(calendar, context.today, built.end).map((h) => holidayName(lang, h)) : [],
    upperBound,
  };
  const estimate = estimateNote(lang, estimatesIn(calendar, context.today, built.end));
  if (estimate) timeline.estimateNote = estimate;
  if (built.outsideCalendar) {
    const year = (built.end ?? context.today).slice(0, 4);
    const years = calendar.coveredYears.length ? `${Math.min(...calendar.coveredYears)}–${Math.max(...calendar.coveredYears)}` : '—';
    timeline.outsideCalendarNote = modelText(lang, 'timeline.outside', { year, years });
  }
  return timeline;
}

function otherCaseGroups(resolved: readonly ResolvedRule[], lang: CardContext['language'], province: string, book: SourceBook) {
  const groups: PlaceCardModel['otherCase'] = [];
  for (const which of ['intra-province', 'cross-province'] as const) {
    const list = resolved.filter((r) => !r.applies && r.rule.transferCase === which);
    if (list.length === 0) continue;
    groups.push({
      label: modelText(lang, `otherCase.${which}`, { province }),
      facts: bySureness(list.map((r) => cardFact(r.rule, lang, book))),
    });
  }
  return groups;
}

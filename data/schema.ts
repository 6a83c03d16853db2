import { z } from 'zod';

/** A string in both UI languages; zh-CN is the source of truth, en a faithful rendering. */
export const Localized = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type Localized = z.infer<typeof Localized>;

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

// ---------------------------------------------------------------- regions

export const RegionLevel = z.enum([
  'province', // 34 provincial-level divisions
  'prefecture', // 地级: 地级市, 地区, 自治州, 盟
  'county-city', // 县级市 (including 省直辖县级市 such as 仙桃, 石河子)
]);
export type RegionLevel = z.infer<typeof RegionLevel>;

/** Why a written name needs context before it may count as a place. */
export const AmbiguityReason = z.enum([
  'common-word', // the name is itself an ordinary word (合作, 安康 as a wish)
  'part-of-word', // the name occurs inside longer ordinary words (三明治, 孙中山)
  'other-name', // a person, brand, mountain, river… (中山 as 孙中山)
  'shared', // the same short name belongs to two places (吉林省/吉林市)
]);

export const RegionName = z.object({
  text: z.string().min(2),
  form: z.enum(['full', 'short', 'alias']),
  ambiguity: z.array(AmbiguityReason).default([]),
});
export type RegionName = z.infer<typeof RegionName>;

export const Region = z.object({
  code: z.string().regex(/^\d{6}$/), // GB/T 2260
  name: z.string().min(2), // full official name: 九江市, 恩施土家族苗族自治州, 内蒙古自治区
  names: z.array(RegionName).min(1), // every written form that points here, full name included
  level: RegionLevel,
  parent: z.string().regex(/^\d{6}$/).nullable(), // prefecture for a county-city, province for a prefecture
  province: z.string().regex(/^\d{6}$/), // its province (itself for a province)
  pinyin: z.string(), // 'jiujiang' for type-ahead
  initials: z.string(), // 'jj'
});
export type Region = z.infer<typeof Region>;

/**
 * County-level units that are not places of our own (districts, counties) but whose names collide
 * with a place's name; detection uses them only to refuse a false place (北京朝阳区 is not 朝阳市).
 */
export const Blocker = z.object({
  text: z.string().min(2),
  code: z.string().regex(/^\d{6}$/),
  parent: z.string().regex(/^\d{6}$/),
  collidesWith: z.array(z.string().regex(/^\d{6}$/)).min(1),
});
export type Blocker = z.infer<typeof Blocker>;

export const RegionsFile = z.object({
  generated: z.object({ by: z.string(), from: z.string(), regenerate: z.string() }),
  regions: z.array(Region),
  blockers: z.array(Blocker),
});
export type RegionsFile = z.infer<typeof RegionsFile>;

// ---------------------------------------------------------------- topics

export const TopicId = z.enum([
  'transfer', // 关系转移接续
  'balance-transfer', // 个人账户余额转移
  'cross-province', // 跨省转移
  'intra-province', // 省内转移
  'retiree-resettlement', // 退休人员异地安置
  'flexible-employment', // 灵活就业
  'gap-and-backpay', // 断缴与补缴
  'monthly-credit', // 个人账户每月划入
  'family-sharing', // 家庭共济
  'remote-care-registration', // 异地就医备案
  'progress-query', // 办理进度查询
  'insurance-certificate', // 参保凭证 / 线下办理
  'online-application', // 国家医保服务平台 app / 线上办理
  'contribution-years', // 缴费年限累计
]);
export type TopicId = z.infer<typeof TopicId>;

export const Topic = z.object({
  id: TopicId,
  label: Localized,
  summary: Localized,
  keywords: z.array(z.string().min(2)).min(1),
});
export type Topic = z.infer<typeof Topic>;

// ---------------------------------------------------------------- rules

export const Confidence = z.enum([
  'official', // a law, regulation or the national procedure, stated as such
  'article', // reported by an article, not traced to a regulation
  'anecdote', // a single reported experience
]);
export type Confidence = z.infer<typeof Confidence>;

export const SeedFile = z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/);

export const Source = z.union([
  z.object({
    seed: SeedFile,
    title: z.string().min(1),
    date: IsoDate, // the article's publication date
    quote: z.string().min(4), // the sentence the fact rests on, verbatim from the seed
  }),
  z.object({
    document: z.string().min(1), // e.g. 《中华人民共和国社会保险法》第三十二条
    issuer: z.string().min(1),
    date: IsoDate,
    url: z.string().url().optional(),
  }),
]);
export type Source = z.infer<typeof Source>;

export const InsuranceType = z.enum(['employee', 'resident']); // 职工医保 / 城乡居民医保
export type InsuranceType = z.infer<typeof InsuranceType>;
export const PersonStatus = z.enum(['employed', 'flexible', 'retired']); // 在职 / 灵活就业 / 退休异地安置
export type PersonStatus = z.infer<typeof PersonStatus>;

// A scoped rule names its region as well as its code, so a reader sees which place it is;
// tests/unit/facts.test.ts holds both against data/regions.generated.json.
export const Scope = z.discriminatedUnion('level', [
  z.object({ level: z.literal('national') }),
  z.object({ level: z.literal('province'), region: z.string().regex(/^\d{6}$/), name: z.string().min(2) }),
  z.object({ level: z.literal('city'), region: z.string().regex(/^\d{6}$/), name: z.string().min(2) }),
]);
export type Scope = z.infer<typeof Scope>;

export const TransferCase = z.enum(['cross-province', 'intra-province', 'any']);

export const TimeStep = z.enum([
  'transfer-out', // 转出地 finishes 转出 and sends the 信息表
  'transfer-in', // 转入地 finishes 转入 after receiving it
  'whole', // the whole transfer
  'balance-arrival', // money reaches the account or bank card
  'waiting-period', // 待遇等待期 after a gap
  'backpay-window', // how far back one may pay
]);
export type TimeStep = z.infer<typeof TimeStep>;

export const TimeLimit = z.object({
  step: TimeStep,
  unit: z.enum(['working-days', 'calendar-days', 'months']),
  max: z.number().positive().optional(),
  min: z.number().nonnegative().optional(),
  approx: z.boolean().default(false), // "左右", "约"
  from: Localized.optional(), // what the count starts from, e.g. 转出后 / 收到《信息表》后
});
export type TimeLimit = z.infer<typeof TimeLimit>;

/** What a balance rule decides about the personal-account money; the planner reads it (no id table). */
export const BalanceOutcome = z.enum(['moves', 'bank-account', 'stays']);
export type BalanceOutcome = z.infer<typeof BalanceOutcome>;
/** Every balance rule says which outcome it decides, or 'procedure' when it says how a move happens. */
export const BalanceUse = z.union([BalanceOutcome, z.literal('procedure')]);

/** Gap length bands of the gap helper: ≤ 3 months, 4–6 months, more than 6. */
export const GapBand = z.enum(['within-3', 'over-3', 'over-6']);
export type GapBand = z.infer<typeof GapBand>;
export const GapCause = z.enum(['employer', 'self']);
export type GapCause = z.infer<typeof GapCause>;

/**
 * How the gap helper uses a rule: 'band' rules speak to the gap lengths in `bands`; 'always' rules hold
 * for any gap; 'status-check' and 'route' rules are the steps (a route for one `cause`); 'example' a
 * reported case for one cause; 'late-fee' the fee rule; 'caveat' a warning shown with every gap;
 * 'reference' a fact the gap helper does not show (topic cards do). `benefits` dates when benefits start, counted
 * in months from the restart month; `waivesLateFee` marks the route under which the person owes no fee.
 */
export const GapUse = z.object({
  role: z.enum(['band', 'always', 'status-check', 'route', 'example', 'late-fee', 'caveat', 'reference']),
  bands: z.array(GapBand).min(1).optional(), // required for role 'band' (facts test)
  cause: GapCause.optional(),
  benefits: z.object({ bound: z.enum(['from', 'by']), monthsAfterRestart: z.number().int().nonnegative() }).optional(),
  waivesLateFee: z.boolean().optional(),
});
export type GapUse = z.infer<typeof GapUse>;

/** A hint the planner shows next to a route: 'app-province' names the province whose 地方专区 to open. */
export const PlanHint = z.enum(['app-province']);

export const RuleKind = z.enum(['rule', 'time-limit', 'condition', 'route', 'caveat', 'experience']);

export const Rule = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: RuleKind,
  topics: z.array(TopicId).min(1),
  scope: Scope,
  transferCase: TransferCase.default('any'),
  insurance: z.array(InsuranceType).min(1),
  status: z.array(PersonStatus).min(1),
  statement: Localized,
  timeLimits: z.array(TimeLimit).default([]),
  steps: z.array(Localized).default([]), // ordered steps for routes
  confidence: Confidence,
  sources: z.array(Source).min(1),
  effective: z.object({ from: IsoDate.optional(), note: Localized.optional() }).optional(),
  supersedes: z.string().optional(), // id of a rule this one replaced
  supersededBy: z.string().optional(),
  balanceOutcome: BalanceUse.optional(), // required on every balance-transfer rule (facts test)
  gap: GapUse.optional(), // required on every gap-and-backpay rule (facts test)
  planHint: PlanHint.optional(),
});
export type Rule = z.infer<typeof Rule>;

/** Something pages say that is stale, overstated or contradicted; detection flags it in the page. */
export const Claim = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(['stale', 'overstated', 'contradiction']),
  patterns: z.array(z.string().min(2)).min(1), // literal text that signals the claim on a page
  says: Localized, // what the page claims
  holds: Localized, // what is precise instead
  holdsRule: z.string(), // the rule id that holds
  since: IsoDate.optional(), // date of the document that set what holds (issued, not necessarily in force)
  sources: z.array(Source).min(1), // where the claim appears
});
export type Claim = z.infer<typeof Claim>;

// ---------------------------------------------------------------- holiday calendar

export const HolidayCalendar = z.object({
  generated: z.object({ by: z.string(), from: z.string(), regenerate: z.string() }),
  years: z.array(z.number().int()).min(1), // every year whose official schedule is included
  holidays: z.record(IsoDate, z.string()), // date → holiday name (法定节假日 and its bridge days)
  workdays: z.record(IsoDate, z.string()), // weekend date → holiday it makes up for (调休上班)
});
export type HolidayCalendar = z.infer<typeof HolidayCalendar>;

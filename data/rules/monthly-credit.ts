import { SEED_001 } from '../seeds/001';
import { ACCOUNT_CREDIT_2020, RETIREE_CREDIT_REPOST } from '../official-sources';
import { city, EMPLOYEE, NATIONAL, province, RETIRED, type RuleInput } from './rule-input';

const TOPICS: RuleInput['topics'] = ['monthly-credit'];

/** Seed 001 names 北京 and 甘肃 in one sentence; each province gets its own rule so scope can say which. */
function fixedAmount(id: string, code: string, name: string, zh: string, en: string): RuleInput {
  return {
    id,
    kind: 'rule',
    topics: TOPICS,
    scope: province(code, name),
    insurance: EMPLOYEE,
    status: RETIRED,
    statement: {
      zh: `${zh}采用定额返还：每月返款金额不随个人养老金水平变化。`,
      en: `${en} credits a fixed amount each month, whatever the person’s pension.`,
    },
    confidence: 'article',
    sources: [SEED_001.fixedAmountNamedPlaces],
  };
}

/** Monthly credit (返款) to retirees' personal accounts, as seed 001 reports it. */
export const MONTHLY_CREDIT_RULES: RuleInput[] = [
  {
    id: 'monthly-credit-not-fixed',
    kind: 'rule',
    topics: TOPICS,
    scope: NATIONAL,
    insurance: EMPLOYEE,
    status: RETIRED,
    statement: {
      zh: '退休人员个人账户每月划入（返款）金额不固定，取决于所在地、年龄、当地人均养老金水平和医保方案。',
      en: 'The monthly credit to a retiree’s personal account is not fixed: it depends on the place, age, the local average pension and the local scheme.',
    },
    confidence: 'article',
    sources: [
      SEED_001.monthlyCreditNotFixed,
      SEED_001.monthlyCreditNotFixed2,
    ],
  },
  {
    id: 'monthly-credit-linked-to-average-pension',
    kind: 'rule',
    topics: TOPICS,
    scope: NATIONAL,
    insurance: EMPLOYEE,
    status: RETIRED,
    statement: {
      zh: '返款金额与当地平均养老金水平挂钩：深圳、上海等经济发达地区较高，一些偏远或经济欠发达地区可能只有几十元。',
      en: 'The credit is linked to the local average pension: higher in developed places such as Shenzhen and Shanghai, possibly only a few tens of yuan in remote or less developed areas.',
    },
    confidence: 'article',
    sources: [
      SEED_001.monthlyCreditLinkedToAveragePension,
      SEED_001.monthlyCreditLinkedToAveragePension2,
    ],
  },
  {
    id: 'monthly-credit-shenzhen-about-250',
    kind: 'rule',
    topics: TOPICS,
    scope: city('440300', '深圳市'),
    insurance: EMPLOYEE,
    status: RETIRED,
    statement: {
      zh: '深圳退休人员每月医保返款约250元（随年份和方案调整可能变化）。',
      en: 'Retirees in Shenzhen receive about 250 yuan a month (the amount may change with the year and the scheme).',
    },
    confidence: 'article',
    sources: [
      SEED_001.monthlyCreditShenzhenAbout250,
    ],
  },
  {
    id: 'account-credit-retiree-fixed-amount',
    kind: 'rule',
    topics: TOPICS,
    scope: NATIONAL,
    insurance: EMPLOYEE,
    status: RETIRED,
    statement: {
      zh: '退休人员个人账户由统筹基金按定额划入，额度按改革当年当地基本养老金平均水平的约2%测算，具体标准由各省确定；不再按个人养老金的比例逐月划入（据国家医保局2020年的征求意见阶段文本和转载答复，未与国办发〔2021〕14号终稿核对）。',
      en: 'Retirees’ personal accounts are credited a fixed amount from the pooled fund, set at about 2 % of the local average basic pension in the reform year, with provinces setting the figure; it is no longer a monthly share of one’s own pension (per the NHSA’s 2020 consultation-stage text and a reposted answer, not checked against the final 2021 guidance).',
    },
    confidence: 'article',
    sources: [RETIREE_CREDIT_REPOST, ACCOUNT_CREDIT_2020],
  },
  {
    id: 'account-credit-in-service-2pct',
    kind: 'rule',
    topics: TOPICS,
    scope: NATIONAL,
    insurance: EMPLOYEE,
    status: ['employed', 'flexible'],
    statement: {
      zh: '在职职工个人账户只由本人缴纳的医保费划入，原则上不超过本人缴费基数的2%；单位缴纳的部分全部进入统筹基金（据国家医保局2020年的征求意见阶段文本，未与终稿核对）。',
      en: 'An in-service member’s personal account is credited only from their own contribution, as a rule at most 2 % of their contribution base; the employer’s share goes entirely to the pooled fund (per the NHSA’s 2020 consultation-stage text, not checked against the final text).',
    },
    confidence: 'article',
    sources: [ACCOUNT_CREDIT_2020],
  },
  fixedAmount('monthly-credit-fixed-amount-beijing', '110000', '北京市', '北京', 'Beijing'),
  fixedAmount('monthly-credit-fixed-amount-gansu', '620000', '甘肃省', '甘肃', 'Gansu'),
  {
    id: 'monthly-credit-age-tiers',
    kind: 'rule',
    topics: TOPICS,
    scope: NATIONAL,
    insurance: EMPLOYEE,
    status: RETIRED,
    statement: {
      zh: '部分地区按年龄分档，如70岁以上退休人员返款比例或金额更高；具体以当地社保部门为准。',
      en: 'Some places set age tiers — retirees over 70, for example, may get a higher share or amount; ask the local office.',
    },
    confidence: 'article',
    sources: [
      SEED_001.monthlyCreditAgeTiers,
      SEED_001.monthlyCreditAgeTiers2,
    ],
  },
  {
    id: 'monthly-credit-scheme-changes',
    kind: 'caveat',
    topics: TOPICS,
    scope: NATIONAL,
    insurance: EMPLOYEE,
    status: RETIRED,
    statement: {
      zh: '返款标准和计算方式会随政策调整而变化，且各地不同，应定期关注当地社保或医保部门的通告。',
      en: 'The credit rules change with policy and differ by place; check the local office’s notices regularly.',
    },
    confidence: 'article',
    sources: [
      SEED_001.monthlyCreditSchemeChanges,
      SEED_001.monthlyCreditSchemeChanges2,
      SEED_001.monthlyCreditSchemeChanges3,
    ],
  },
  {
    id: 'monthly-credit-contribution-years-indirect',
    kind: 'rule',
    topics: ['monthly-credit', 'contribution-years'],
    scope: NATIONAL,
    insurance: EMPLOYEE,
    status: RETIRED,
    statement: {
      zh: '文章称返款与缴费年限没有直接关系、但延长缴费可间接增加返款；按现行定额划入的办法，每月划入额不随个人养老金或缴费年限变化，这一“间接增加”不成立。',
      en: 'An article says the credit does not depend directly on contribution years but that paying longer raises it indirectly; under the current fixed-amount crediting the monthly credit does not follow one’s own pension or years, so the “indirect” rise does not hold.',
    },
    confidence: 'article',
    sources: [
      SEED_001.monthlyCreditContributionYearsIndirect,
      SEED_001.monthlyCreditContributionYearsIndirect2,
    ],
  },
];

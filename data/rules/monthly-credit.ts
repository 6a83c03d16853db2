import { SEED_001 } from '../seeds/001';
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
    id: 'monthly-credit-percentage-of-average-pension',
    kind: 'rule',
    topics: TOPICS,
    scope: NATIONAL,
    insurance: EMPLOYEE,
    status: RETIRED,
    statement: {
      zh: '大部分地区按所在地区人均养老金的一定比例（通常为2%~3%）划入。',
      en: 'Most places credit a share of the local average pension, usually 2–3 %.',
    },
    confidence: 'article',
    sources: [
      SEED_001.monthlyCreditPercentageOfAveragePension,
    ],
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
      zh: '返款与缴费年限没有直接关系；在按人均养老金比例返款的地区，延长缴费年限可提高养老金基数，从而间接增加返款。',
      en: 'The credit does not depend directly on contribution years; where it is a share of the average pension, paying longer raises the pension base and so the credit indirectly.',
    },
    confidence: 'article',
    sources: [
      SEED_001.monthlyCreditContributionYearsIndirect,
      SEED_001.monthlyCreditContributionYearsIndirect2,
    ],
  },
];

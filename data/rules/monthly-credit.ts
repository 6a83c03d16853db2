import { seedSource as s } from '../seeds';
import { city, EMPLOYEE, NATIONAL, province, RETIRED, type RuleInput } from './rule-input';

const TOPICS: RuleInput['topics'] = ['monthly-credit'];

/** Seed 001 names 北京 and 甘肃 in one sentence; each province gets its own rule so scope can say which. */
function fixedAmount(id: string, code: string, zh: string, en: string): RuleInput {
  return {
    id,
    kind: 'rule',
    topics: TOPICS,
    scope: province(code),
    insurance: EMPLOYEE,
    status: RETIRED,
    statement: {
      zh: `${zh}采用定额返还：每月返款金额不随个人养老金水平变化。`,
      en: `${en} credits a fixed amount each month, whatever the person’s pension.`,
    },
    confidence: 'article',
    sources: [s(1, '定额返还:部分地区采用定额返还的方式,即无论个人养老金水平如何,医保返款金额都保持不变。如北京、甘肃等地。')],
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
      s(1, '医保每月返款的金额并不是固定的,它受到多种因素的影响,包括退休人员的所在地、年龄、当地的人均养老金水平以及具体的医保方案等。以下是对医保每月返款金额的详细介绍:'),
      s(1, '综上所述,医保每月返款的金额受到多种因素的影响,具体金额需根据退休人员所在地、年龄、当地人均养老金水平以及医保方案等因素综合确定。'),
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
      s(1, '医保返款金额与所在地区的平均养老金水平挂钩。不同地区由于经济发展水平和人口结构等因素的差异,平均养老金水平也会有所不同。因此,医保返款金额也会因地区而异。'),
      s(1, '经济欠发达地区:一些偏远省份或经济不发达地区的医保返款金额可能较低,只有几十元。'),
    ],
  },
  {
    id: 'monthly-credit-shenzhen-about-250',
    kind: 'rule',
    topics: TOPICS,
    scope: city('440300'),
    insurance: EMPLOYEE,
    status: RETIRED,
    statement: {
      zh: '深圳退休人员每月医保返款约250元（随年份和方案调整可能变化）。',
      en: 'Retirees in Shenzhen receive about 250 yuan a month (the amount may change with the year and the scheme).',
    },
    confidence: 'article',
    sources: [
      s(1, '经济发达地区:如深圳、上海等地,由于平均养老金水平较高,医保返款金额也相对较高。例如,深圳的退休人员每月医保返款金额可以达到250元左右(具体金额可能因年份和方案调整而有所变化)。'),
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
      s(1, '按地区平均养老金比例返还:大部分地区采用这种方式计算医保返款金额,即按照退休人员所在地区的人均养老金水平的一定比例(通常为2%~3%)进行返还。'),
    ],
  },
  fixedAmount('monthly-credit-fixed-amount-beijing', '110000', '北京', 'Beijing'),
  fixedAmount('monthly-credit-fixed-amount-gansu', '620000', '甘肃', 'Gansu'),
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
      s(1, '部分地区的医保返款方案还考虑了退休人员的年龄差异。例如,在一些地区,70岁以上的退休人员可能享有更高的医保返款比例或金额。具体差异因地区而异,咨询当地社保部门以获取准确信息。'),
      s(1, '年龄划分:在部分按年龄划分返款金额的地区,高龄退休人员的返款金额会更多一些。因此,退休人员可以结合自身年龄和健康状况,选择合适的居住地以享受更多的医保福利。'),
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
      s(1, '医保方案也会直接影响医保返款金额。近年来,随着医保方案的不断调整和完善,医保返款金额的计算方式和标准也在不断变化。'),
      s(1, '方案调整:医保返款方案可能会根据有关法规调整而发生变化。因此,退休人员定期关注当地社保部门的通告,以了解最新的医保返款方案。'),
      s(1, '方案差异:由于各地的医保方案存在差异,因此返款金额也会有所不同。退休人员定期查询当地社保部门或医保部门的通告,以了解最新的医保方案。'),
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
      s(1, '缴费年限:虽然医保返款金额主要与地区人均养老金水平和返款比例相关,但延长社保缴费年限可提高养老金基数,从而间接增加医保返款金额。'),
      s(1, '缴费年限:虽然医保返款金额与缴费年限没有直接关系,但延长社保缴费年限可以提高养老金基数,从而间接增加医保返款金额(在按人均养老金比例返款的地区)。'),
    ],
  },
];

import { SEED_000 } from '../seeds/000';
import { SEED_002 } from '../seeds/002';
import { SEED_003 } from '../seeds/003';
import { SEED_004 } from '../seeds/004';
import { M43_ART2, M43_ART3, M43_PROCEDURE, QINGHAI_QA, QUANZHOU_GUIDE, SIL_ART32 } from '../official-sources';
import { BOTH, EMPLOYEE, NATIONAL, province, RETIRED, type RuleInput, WORKING } from './rule-input';

/**
 * What happens to the personal-account balance, and the contribution years, in a transfer. One rule per
 * outcome: the seeds' many sentences that the money moves with the relation are evidence of one fact.
 */
export const BALANCE_RULES: RuleInput[] = [
  {
    id: 'balance-moves-with-relation',
    kind: 'rule',
    balanceOutcome: 'moves',
    topics: ['balance-transfer', 'cross-province', 'intra-province'],
    scope: NATIONAL,
    insurance: EMPLOYEE,
    status: WORKING,
    statement: {
      zh: '职工医保个人账户的钱随医保关系转移，跨省和省内跨统筹地区都一样：两地审核通过后，转出地在办理转出时把余额划转到转入地，原账户随之清0；转入地收到资金、与档案核对无误后计入新的个人账户，之后可继续用于就医购药。国家未规定余额计入的时限。',
      en: 'The employee-insurance personal-account money moves with the insurance relation, across provinces and between pooling areas within one alike: once both agencies approve, the old agency moves the balance to the new place as part of the transfer-out and the old account is emptied; the new agency credits it to the new account after checking it against the file, and it can then be used for treatment and medicine as before. No national time limit applies to crediting it.',
    },
    confidence: 'official',
    sources: [
      M43_ART2,
      M43_PROCEDURE,
      M43_ART3,
      SEED_000.balanceFollowsRelationCrossProvince,
      SEED_003.balanceFollowsRelationCrossProvince,
      SEED_004.balanceFollowsRelationCrossProvince,
      SEED_004.balanceFollowsRelationCrossProvince2,
      SEED_000.ruleReviewBeforeBalanceMove,
      SEED_004.ruleReviewBeforeBalanceMove,
      SEED_003.ruleReviewBeforeBalanceMove,
      SEED_003.ruleBalanceCreditedAfterCheck,
      SEED_000.ruleBalanceCreditedAfterCheck,
      SEED_004.balanceZeroedThenMoved,
      SEED_002.balanceCarriesOverAfterTransfer,
      SEED_002.balanceCarriesOverAfterTransfer2,
      SEED_003.balanceCarriesOverAfterTransfer,
      SEED_003.balanceOtherProvincesIntraMayMove,
      SEED_004.balanceOtherProvincesIntraMayMove,
      SEED_000.balanceGuangdongIntraProvinceStays,
    ],
  },
  {
    id: 'balance-credit-local-deadline',
    kind: 'rule',
    balanceOutcome: 'procedure',
    topics: ['balance-transfer'],
    scope: NATIONAL,
    insurance: EMPLOYEE,
    status: WORKING,
    statement: {
      zh: '余额何时计入由转入地自定：例如青海在资金到账后5个工作日内计入，泉州丰泽在收到资金后2个工作日内计入。全程15个工作日只管医保关系，不包括这笔钱到账。',
      en: 'When the balance is credited is up to the new place: Qinghai, for example, credits it within 5 working days of the money arriving, Quanzhou Fengze within 2. The 15 working days cover the insurance relation only, not the arrival of the money.',
    },
    confidence: 'official',
    sources: [M43_PROCEDURE, QUANZHOU_GUIDE, QINGHAI_QA],
  },
  {
    id: 'balance-to-bank-if-cannot-move',
    kind: 'rule',
    balanceOutcome: 'bank-account',
    topics: ['balance-transfer', 'cross-province'],
    scope: NATIONAL,
    transferCase: 'cross-province',
    insurance: EMPLOYEE,
    status: WORKING,
    statement: {
      zh: '文章称：因特殊情况（例如新参保地未接入医保平台）余额无法直接划转的，可申请划入本人银行账户；官方文本中未找到这一规定。',
      en: 'Articles say that if the balance cannot be moved directly for special reasons (for example, the new place is not connected to the insurance platform), it can be paid to the person’s own bank account on request; no official text for this was found.',
    },
    confidence: 'article',
    sources: [
      SEED_000.balanceFollowsRelationCrossProvince,
      SEED_003.balanceFollowsRelationCrossProvince,
      SEED_004.balanceFollowsRelationCrossProvince,
      SEED_004.balanceToBankIfNotConnected,
    ],
  },
  {
    id: 'balance-retiree-resettlement-to-bank',
    kind: 'rule',
    balanceOutcome: 'bank-account',
    topics: ['retiree-resettlement', 'balance-transfer', 'cross-province'],
    scope: NATIONAL,
    transferCase: 'cross-province',
    insurance: EMPLOYEE,
    status: RETIRED,
    statement: {
      zh: '文章称：跨省异地安置的退休人员，经本人申请，可将个人账户资金划入本人银行账户。退休人员不在国家转移接续办法范围内，这一做法未找到官方文本。',
      en: 'Articles say retirees resettled in another province may, on their own application, have the personal-account money paid to their bank account. Retirees are outside the national transfer measures, and no official text for this was found.',
    },
    confidence: 'article',
    sources: [
      SEED_000.balanceRetireeResettlementToBank,
      SEED_003.balanceRetireeResettlementToBank,
      SEED_004.balanceRetireeResettlementToBank,
    ],
  },
  {
    id: 'balance-guangdong-intra-province-stays',
    kind: 'rule',
    balanceOutcome: 'stays',
    topics: ['intra-province', 'balance-transfer'],
    scope: province('440000', '广东省'),
    transferCase: 'intra-province',
    insurance: EMPLOYEE,
    status: WORKING,
    statement: {
      zh: '广东省内跨市转移职工医保关系时，个人账户资金不划转、不提现，可跨市使用。',
      en: 'In Guangdong, when employee insurance moves between cities of the province, the personal-account money is neither moved nor paid out; it can be used across cities.',
    },
    confidence: 'article',
    sources: [
      SEED_003.balanceGuangdongIntraProvinceStays,
      SEED_004.balanceGuangdongIntraProvinceStays,
      SEED_000.balanceGuangdongIntraProvinceStays,
    ],
  },
  {
    id: 'years-accumulate-across-areas',
    kind: 'rule',
    topics: ['contribution-years', 'transfer'],
    scope: NATIONAL,
    insurance: BOTH,
    status: WORKING,
    statement: {
      zh: '个人跨统筹地区就业的，基本医疗保险关系随本人转移，缴费年限累计计算（社会保险法第三十二条）。',
      en: 'A person who moves to work in another pooling area takes the basic medical insurance along, and contribution years are added up (Social Insurance Law, Art. 32).',
    },
    confidence: 'official',
    effective: { from: '2011-07-01' },
    sources: [
      SIL_ART32,
      SEED_002.yearsAccumulateAcrossAreas,
      SEED_002.yearsAccumulateAcrossAreas2,
      SEED_002.yearsAccumulateAcrossAreas3,
      SEED_000.yearsAccumulateAcrossAreas,
    ],
  },
];

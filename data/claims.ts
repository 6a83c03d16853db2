import { SEED_000 } from './seeds/000';
import { SEED_001 } from './seeds/001';
import { SEED_002 } from './seeds/002';
import { SEED_003 } from './seeds/003';
import { SEED_004 } from './seeds/004';
import type { Claim } from './schema';

/**
 * What pages say that is stale, overstated or contradicted, with the precise fact instead.
 * Patterns are written without punctuation because pages use full-width and the seeds half-width marks.
 */
export const CLAIMS: Claim[] = [
  {
    id: 'stale-45-working-days',
    kind: 'stale',
    patterns: ['45个工作日', '45 个工作日', '四十五个工作日'],
    says: { zh: '跨省转移接续需要45个工作日。', en: 'A cross-province transfer takes 45 working days.' },
    holds: {
      zh: '现行时限：转出地受理后10个工作日内转出，转入地收到《信息表》后5个工作日内转入，医保关系转移共不超过15个工作日；个人账户余额由转入地核对后计入，可能更晚到账。',
      en: 'Current limits: transfer-out within 10 working days of acceptance, transfer-in within 5 working days of receiving the form, at most 15 working days for the insurance relation; the balance is credited after the new place checks it and may arrive later.',
    },
    holdsRule: 'time-whole-15-working-days',
    // Issue date of 医保办发〔2021〕43号, which set the 10 + 5 working-day limits.
    since: '2021-11-01',
    sources: [SEED_000.timeWhole15WorkingDays],
  },
  {
    id: 'overstated-only-one-month',
    kind: 'overstated',
    patterns: ['只需1个月', '只需一个月'],
    says: { zh: '医保卡余额转移只需1个月。', en: 'Moving the balance takes only one month.' },
    holds: {
      zh: '规定的是医保关系转移不超过15个工作日（转出10个、转入5个工作日）；余额计入没有全国时限，报道中的实际周期更长，例如郑州转至省医保约3个月、南京约30个工作日打到市民卡关联的银行账户。',
      en: 'What is set is at most 15 working days for the insurance relation (10 out, 5 in); crediting the balance has no national limit, and reported waits are longer — about 3 months from Zhengzhou to the provincial scheme, about 30 working days for Nanjing to pay it to the bank account linked to the citizen card.',
    },
    holdsRule: 'time-whole-15-working-days',
    sources: [SEED_001.overstatedOnlyOneMonth],
  },
  {
    id: 'contradiction-balance-never-zeroed',
    kind: 'contradiction',
    patterns: ['余额不会清0', '余额不会清零', '不会清0', '不会清零'],
    says: { zh: '医保个人账户余额不会清0。', en: 'The personal-account balance is never zeroed.' },
    holds: {
      zh: '说法之争而非丢钱：余额随医保关系转移，转出地办理转出时把余额划到转入地，原账户随之清0（同类文章的说法）；“不会清0”指钱不会作废。官方文本只说划转，不用“清0”一词。',
      en: 'A clash of wording, not lost money: the balance moves with the relation, the old agency moves it to the new place and the old account is emptied (as a sister article says); “never zeroed” means the money does not lapse. The official text speaks of moving it and never uses the word “zeroed”.',
    },
    holdsRule: 'balance-moves-with-relation',
    sources: [SEED_000.balanceCarriesOverAfterTransfer],
  },
  {
    id: 'contradiction-benefits-next-month',
    kind: 'contradiction',
    patterns: ['次月恢复医保待遇', '次月恢复待遇', '补缴后的次月'],
    says: { zh: '断缴3个月内补缴后，次月恢复医保待遇。', en: 'After back-paying a gap of up to 3 months, benefits resume the next month.' },
    holds: {
      zh: '转移接续前中断缴费3个月（含）以内、按转入地规定补缴的，缴费当月即可享受待遇；“次月恢复”是部分地区一般断缴补缴的做法。',
      en: 'For a gap of up to 3 months before a transfer, back-paid under the new place’s rules, benefits start in the month of payment; “next month” is some places’ rule for ordinary gaps.',
    },
    holdsRule: 'gap-before-transfer-within-3-months',
    sources: [
      SEED_004.gapLocalWithin3MonthsNextMonth,
      SEED_004.gapLocalWithin3MonthsNextMonth2,
    ],
  },
  {
    id: 'contradiction-flexible-no-stopped-insurance',
    kind: 'contradiction',
    patterns: ['无欠费或停保情况'],
    says: {
      zh: '转移时原参保地不能有停保情况。',
      en: 'There must be no stopped insurance at the old place when transferring.',
    },
    holds: {
      zh: '转移前须已在原参保地办理停保、在新参保地完成参保；要求的是无欠费、账户未冻结。',
      en: 'Insurance must be stopped at the old place and registered at the new one before transferring; what must be absent is arrears or a frozen account.',
    },
    holdsRule: 'condition-stop-and-enrol',
    sources: [SEED_002.conditionFlexibleStatusNormal],
  },
  {
    id: 'contradiction-choose-original-province',
    kind: 'contradiction',
    patterns: ['选择原参保地所在省份', '根据原参保地选择对应省份'],
    says: { zh: '在 App 的“地方专区”要选择原参保地所在省份。', en: 'In the app’s local-area section you must choose the ORIGINAL place’s province.' },
    holds: {
      zh: '转入地、转出地任何一方都可以发起：申请转入时选新参保地（地方医保指南如徐州即让转入的人选本市），申请转出时选原参保地；也可到任一方窗口办理。',
      en: 'Either end may start the transfer: choose the NEW place for a transfer-in application (local guides such as Xuzhou’s send incoming transfers to the city itself), the old place for a transfer-out; either end’s counter also takes it.',
    },
    holdsRule: 'route-online-national-app',
    sources: [SEED_001.routeOnlineNationalApp2, SEED_003.routeOnlineNationalApp2],
  },
  {
    id: 'overstated-no-benefits-during-gap',
    kind: 'overstated',
    patterns: ['参保者将无法享受医保待遇', '断缴期间不享受待遇', '断缴期间无法享受医保待遇'],
    says: { zh: '断缴期间不能享受医保待遇，费用全部自付。', en: 'During a gap there are no benefits and everything is self-paid.' },
    holds: {
      zh: '转移接续前断缴3个月（含）以内、按转入地规定补缴的，缴费当月即享受待遇，断缴期间的待遇也可追溯享受；只有不补缴或断缴更久时，期间费用才需自付。',
      en: 'For a gap of up to 3 months before a transfer, back-paid under the new place’s rules, benefits start in the month of payment and the gap’s benefits apply retroactively; only without back-pay, or after a longer gap, are the costs self-paid.',
    },
    holdsRule: 'gap-before-transfer-within-3-months',
    sources: [SEED_004.gapNoBenefitsDuringGap],
  },
  {
    id: 'overstated-15-days-includes-money',
    kind: 'overstated',
    patterns: ['全流程不超过15个工作日', '全流程15个工作日'],
    says: { zh: '转移接续全流程（包括余额到账）不超过15个工作日。', en: 'The whole transfer, money included, takes at most 15 working days.' },
    holds: {
      zh: '15个工作日管的是医保关系：转出10个、转入5个工作日；个人账户余额由转入地核对后计入，国家没有规定计入时限，到账可能更晚。',
      en: 'The 15 working days cover the insurance relation: 10 out, 5 in; the new place credits the balance after checking it, with no national time limit, so the money may come later.',
    },
    holdsRule: 'time-whole-15-working-days',
    since: '2021-11-01',
    sources: [SEED_001.timeWhole15WorkingDays, SEED_003.timeWhole15WorkingDays],
  },
  {
    id: 'stale-credit-2-3-percent-of-pension',
    kind: 'stale',
    patterns: ['通常为2%~3%', '2%~3%', '2%-3%'],
    says: { zh: '大部分地区按人均养老金的2%~3%给退休人员每月划入。', en: 'Most places credit retirees 2–3 % of the average pension each month.' },
    holds: {
      zh: '门诊共济改革后，退休人员个人账户由统筹基金按定额划入，额度按改革当年当地基本养老金平均水平约2%测算，由各省确定，不再按比例逐月计算。',
      en: 'Since the outpatient mutual-aid reform, retirees are credited a fixed amount from the pooled fund, set at about 2 % of the local average pension in the reform year by each province, no longer a monthly percentage.',
    },
    holdsRule: 'account-credit-retiree-fixed-amount',
    sources: [SEED_001.monthlyCreditPercentageOfAveragePension],
  },
  {
    id: 'overstated-waiting-6-months',
    kind: 'overstated',
    patterns: ['等待期原则上不超过6个月', '原则上不超过6个月'],
    says: { zh: '断缴超过3个月的，待遇等待期原则上不超过6个月。', en: 'After a gap of more than 3 months the waiting period is in principle at most 6 months.' },
    holds: {
      zh: '这是各统筹地区可以设置的等待期上限，不是统一的等待期：待遇按转入地规定执行，当地可以不设或设得更短（如江苏降为不超过3个月）。',
      en: 'This is a ceiling each pooling area may set, not one waiting period for all: the new place’s rules decide, and a place may set none or a shorter one (Jiangsu cut it to at most 3 months).',
    },
    holdsRule: 'gap-before-transfer-over-3-months-waiting',
    since: '2021-11-01',
    sources: [SEED_004.gapBeforeTransferWithin3Months],
  },
];

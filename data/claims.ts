import { SEED_000 } from './seeds/000';
import { SEED_001 } from './seeds/001';
import { SEED_002 } from './seeds/002';
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
      zh: '现行时限：转出地10个工作日内转出，转入地收到《信息表》后5个工作日内转入，全流程不超过15个工作日。',
      en: 'Current limits: transfer-out within 10 working days, transfer-in within 5 working days of receiving the form, at most 15 working days in all.',
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
      zh: '跨省转移全流程规定不超过15个工作日；余额到账另有实际周期，报道中南京约30个工作日、郑州约3个月。',
      en: 'The whole cross-province transfer is limited to 15 working days; the money can take longer to arrive — about 30 working days reported in Nanjing, about 3 months in Zhengzhou.',
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
      zh: '转出地确认转出后会把原个人账户清0，并将余额划转至转入地：钱不会丢失，但原账户会清0。',
      en: 'After the transfer-out the old account IS zeroed and the balance moved to the new place: the money is not lost, but the old account is emptied.',
    },
    holdsRule: 'balance-zeroed-then-moved',
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
];

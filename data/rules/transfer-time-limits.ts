import { SEED_000 } from '../seeds/000';
import { SEED_001 } from '../seeds/001';
import { SEED_003 } from '../seeds/003';
import { SEED_004 } from '../seeds/004';
import { TRANSFER_MEASURES } from '../official-sources';
import { BOTH, NATIONAL, type RuleInput, WORKING } from './rule-input';

/** Working-day limits of a transfer, the superseded 45-day limit included. */
export const TRANSFER_TIME_LIMITS: RuleInput[] = [
  {
    id: 'time-transfer-out-10-working-days',
    kind: 'time-limit',
    topics: ['transfer', 'cross-province'],
    scope: NATIONAL,
    transferCase: 'cross-province',
    insurance: BOTH,
    status: WORKING,
    statement: {
      zh: '跨省转移时，转出地经办机构在申请成功受理后10个工作日内完成转出，并办理个人账户余额划转手续。',
      en: 'In a cross-province transfer, the transfer-out agency completes the transfer within 10 working days after the application is accepted and starts moving the personal-account balance.',
    },
    timeLimits: [{ step: 'transfer-out', unit: 'working-days', max: 10, approx: false, from: { zh: '申请成功受理后', en: 'after the application is accepted' } }],
    confidence: 'official',
    sources: [
      SEED_000.timeTransferOut10WorkingDays,
      SEED_000.caveatIntraProvinceMayBeShorter,
      SEED_001.timeTransferOut10WorkingDays,
      SEED_003.timeTransferOut10WorkingDays,
      SEED_003.timeTransferOut10WorkingDays2,
      SEED_004.caveatIntraProvinceMayBeShorter,
      TRANSFER_MEASURES,
    ],
  },
  {
    id: 'time-transfer-in-5-working-days',
    kind: 'time-limit',
    topics: ['transfer', 'cross-province'],
    scope: NATIONAL,
    transferCase: 'cross-province',
    insurance: BOTH,
    status: WORKING,
    statement: {
      zh: '转入地经办机构收到《信息表》后5个工作日内完成转入（含缴费年限转入）。',
      en: 'The transfer-in agency completes the transfer, contribution years included, within 5 working days of receiving the information form.',
    },
    timeLimits: [{ step: 'transfer-in', unit: 'working-days', max: 5, approx: false, from: { zh: '收到《信息表》后', en: 'after receiving the information form' } }],
    confidence: 'official',
    sources: [
      SEED_000.ruleBalanceCreditedAfterCheck,
      SEED_000.caveatIntraProvinceMayBeShorter,
      SEED_004.caveatIntraProvinceMayBeShorter,
      TRANSFER_MEASURES,
    ],
  },
  {
    id: 'time-whole-15-working-days',
    kind: 'time-limit',
    topics: ['transfer', 'cross-province'],
    scope: NATIONAL,
    transferCase: 'cross-province',
    insurance: BOTH,
    status: WORKING,
    statement: {
      zh: '跨省转移接续全流程不超过15个工作日（转出10个、转入5个工作日）；有文章写作“一般为15个工作日”，但15个工作日是上限。',
      en: 'The whole cross-province transfer takes at most 15 working days (10 out, 5 in); one article says “generally 15 working days”, but 15 is the upper limit.',
    },
    timeLimits: [{ step: 'whole', unit: 'working-days', max: 15, approx: false, from: { zh: '申请成功受理后', en: 'after the application is accepted' } }],
    confidence: 'official',
    effective: {
      note: {
        zh: '国家医保局、财政部《基本医疗保险关系转移接续暂行办法》于2021-11-01印发（转出10个工作日、转入5个工作日）；施行日期未核实。',
        en: 'The national interim measures were issued on 2021-11-01 (10 working days out, 5 in); the date they took effect was not verified.',
      },
    },
    supersedes: 'time-whole-45-working-days',
    sources: [
      SEED_001.timeWhole15WorkingDays,
      SEED_003.timeWhole15WorkingDays,
      SEED_003.timeTransferOut10WorkingDays2,
      SEED_003.timeWhole15WorkingDays2,
      SEED_000.timeWhole15WorkingDays,
      // The measures set 10 working days out plus 5 in; the 15-day total is their sum.
      TRANSFER_MEASURES,
    ],
  },
  {
    id: 'time-whole-45-working-days',
    kind: 'time-limit',
    topics: ['transfer', 'cross-province'],
    scope: NATIONAL,
    transferCase: 'cross-province',
    insurance: BOTH,
    status: WORKING,
    statement: {
      zh: '旧规定：跨省转移接续时间为45个工作日，已压缩为15个工作日，不再适用。',
      en: 'Former rule: a cross-province transfer took 45 working days; it has been cut to 15 and no longer applies.',
    },
    timeLimits: [{ step: 'whole', unit: 'working-days', max: 45, approx: false }],
    confidence: 'article',
    supersededBy: 'time-whole-15-working-days',
    sources: [SEED_000.timeWhole15WorkingDays],
  },
];

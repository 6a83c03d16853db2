import { SEED_000 } from '../seeds/000';
import { SEED_001 } from '../seeds/001';
import { SEED_003 } from '../seeds/003';
import { SEED_004 } from '../seeds/004';
import { JINGBAN_ART16, M43_ART3, M43_PROCEDURE } from '../official-sources';
import { BOTH, NATIONAL, type RuleInput, WORKING } from './rule-input';

/**
 * Working-day limits of a transfer, the superseded 45-day limit included. The measures set them for every
 * transfer between pooling areas (Art. 3: 跨省和省内跨统筹地区), so they hold within a province too.
 */
export const TRANSFER_TIME_LIMITS: RuleInput[] = [
  {
    id: 'time-transfer-out-10-working-days',
    kind: 'time-limit',
    topics: ['transfer', 'cross-province', 'intra-province'],
    scope: NATIONAL,
    insurance: BOTH,
    status: WORKING,
    statement: {
      zh: '跨统筹地区转移（跨省和省内都适用）时，转出地经办机构在申请成功受理后10个工作日内完成转出，生成带电子签章的《参保人员基本医疗保险信息表》经医保信息平台传给转入地，并办理个人账户余额划转手续。',
      en: 'In any transfer between pooling areas (across provinces or within one), the transfer-out agency completes the transfer-out within 10 working days of accepting the application, sends the electronically sealed insurance information form (信息表) to the new place through the platform, and starts moving the personal-account balance.',
    },
    timeLimits: [{ step: 'transfer-out', unit: 'working-days', max: 10, approx: false, from: { zh: '申请成功受理后', en: 'after the application is accepted' } }],
    confidence: 'official',
    sources: [
      M43_PROCEDURE,
      M43_ART3,
      JINGBAN_ART16,
      SEED_000.timeTransferOut10WorkingDays,
      SEED_000.caveatIntraProvinceMayBeShorter,
      SEED_001.timeTransferOut10WorkingDays,
      SEED_003.timeTransferOut10WorkingDays,
      SEED_003.timeTransferOut10WorkingDays2,
      SEED_004.caveatIntraProvinceMayBeShorter,
    ],
  },
  {
    id: 'time-transfer-in-5-working-days',
    kind: 'time-limit',
    topics: ['transfer', 'cross-province', 'intra-province'],
    scope: NATIONAL,
    insurance: BOTH,
    status: WORKING,
    statement: {
      zh: '转入地经办机构收到《参保人员基本医疗保险信息表》后5个工作日内完成转入（含缴费年限转入），跨省和省内跨统筹地区转移都适用。',
      en: 'The transfer-in agency completes the transfer-in, contribution years included, within 5 working days of receiving the insurance information form (信息表); this holds across provinces and within one.',
    },
    timeLimits: [{ step: 'transfer-in', unit: 'working-days', max: 5, approx: false, from: { zh: '收到《信息表》后', en: 'after receiving the information form' } }],
    confidence: 'official',
    sources: [
      M43_PROCEDURE,
      M43_ART3,
      SEED_000.ruleBalanceCreditedAfterCheck,
      SEED_000.caveatIntraProvinceMayBeShorter,
      SEED_004.caveatIntraProvinceMayBeShorter,
    ],
  },
  {
    id: 'time-whole-15-working-days',
    kind: 'time-limit',
    topics: ['transfer', 'cross-province', 'intra-province'],
    scope: NATIONAL,
    insurance: BOTH,
    status: WORKING,
    statement: {
      zh: '转移医保关系最多15个工作日：转出10个工作日加转入5个工作日（自收到《信息表》起算）。这15个工作日不含个人账户余额到账：转入地核对资金后才计入个人账户，国家未规定计入时限。有文章写作“一般为15个工作日”，但15个工作日是上限。',
      en: 'Moving the insurance relation takes at most 15 working days: 10 for the transfer-out plus 5 for the transfer-in (counted from receipt of the information form). The 15 days do not include the balance: the new place credits it after checking the money, and no national time limit applies to that. One article says “generally 15 working days”, but 15 is the upper limit.',
    },
    timeLimits: [{ step: 'whole', unit: 'working-days', max: 15, approx: false, from: { zh: '申请成功受理后', en: 'after the application is accepted' } }],
    confidence: 'official',
    effective: {
      note: {
        zh: '《基本医疗保险关系转移接续暂行办法》(医保办发〔2021〕43号)于2021-11-01印发；其施行日期未能核实。',
        en: 'The interim measures (Yibao Banfa [2021] No. 43) were issued on 2021-11-01; the date they took effect could not be verified.',
      },
    },
    supersedes: 'time-whole-45-working-days',
    sources: [
      // The measures set 10 working days out plus 5 in; the 15-day total is their sum.
      M43_PROCEDURE,
      SEED_001.timeWhole15WorkingDays,
      SEED_003.timeWhole15WorkingDays,
      SEED_003.timeTransferOut10WorkingDays2,
      SEED_003.timeWhole15WorkingDays2,
      SEED_000.timeWhole15WorkingDays,
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

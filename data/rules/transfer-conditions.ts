import { SEED_000 } from '../seeds/000';
import { SEED_001 } from '../seeds/001';
import { SEED_002 } from '../seeds/002';
import { SEED_003 } from '../seeds/003';
import { SEED_004 } from '../seeds/004';
import { TRANSFER_MEASURES } from '../official-sources';
import { ALL, BOTH, NATIONAL, type RuleInput, WORKING } from './rule-input';

/** Conditions for transferring the relation, and what a transfer covers. */
export const TRANSFER_CONDITIONS: RuleInput[] = [
  {
    id: 'condition-stop-and-enrol',
    kind: 'condition',
    topics: ['transfer'],
    scope: NATIONAL,
    insurance: BOTH,
    status: WORKING,
    statement: {
      zh: '转移前须已在原参保地办理停保手续，并已在新参保地完成医保参保登记；申请前应先核对。',
      en: 'Before transferring, insurance must be stopped at the old place and registered at the new place; check both before applying.',
    },
    confidence: 'article',
    sources: [
      SEED_001.conditionStopAndEnrol,
      SEED_002.conditionStopAndEnrol,
      SEED_003.conditionStopAndEnrol,
      // The seeds repeat both conditions as a check before applying; that sentence backs this rule and the next.
      SEED_002.conditionStopAndEnrol2,
      SEED_003.conditionStopAndEnrol2,
    ],
  },
  {
    id: 'condition-account-normal',
    kind: 'condition',
    topics: ['transfer', 'balance-transfer'],
    scope: NATIONAL,
    insurance: BOTH,
    status: WORKING,
    statement: {
      zh: '原参保地的医保个人账户须为正常状态，没有欠费或冻结。',
      en: 'The personal account at the old place must be in normal status, with no arrears and not frozen.',
    },
    confidence: 'article',
    sources: [
      SEED_001.conditionAccountNormal,
      SEED_002.conditionAccountNormal,
      SEED_003.conditionAccountNormal,
      SEED_002.conditionStopAndEnrol2,
      SEED_003.conditionStopAndEnrol2,
    ],
  },
  {
    id: 'condition-flexible-status-normal',
    kind: 'condition',
    topics: ['transfer', 'flexible-employment'],
    scope: NATIONAL,
    insurance: BOTH,
    status: ['flexible'],
    statement: {
      zh: '灵活就业人员转移时，原参保地缴费状态须正常、无欠费；该文同时写“无停保情况”，与转移前须在原参保地停保的条件相矛盾。',
      en: 'A flexible worker’s contributions at the old place must be in normal status without arrears; the same article also says “no stopped insurance”, which contradicts the condition that insurance be stopped at the old place before transferring.',
    },
    confidence: 'article',
    sources: [SEED_002.conditionFlexibleStatusNormal],
  },
  {
    id: 'condition-cross-area-employment',
    kind: 'condition',
    topics: ['transfer', 'flexible-employment'],
    scope: NATIONAL,
    insurance: BOTH,
    status: WORKING,
    statement: {
      zh: '转移适用于因工作变动等原因跨统筹地区流动就业的参保人员。',
      en: 'Transfer applies to insured people who move to work in another pooling area, e.g. after a change of job.',
    },
    confidence: 'article',
    sources: [SEED_002.conditionCrossAreaEmployment],
  },
  {
    id: 'condition-both-schemes-eligible',
    kind: 'condition',
    topics: ['transfer'],
    scope: NATIONAL,
    insurance: BOTH,
    status: WORKING,
    statement: {
      zh: '参加职工医保或城乡居民医保的人员都具备医保转移资格；国家《暂行办法》所称职工医保参保人员不含退休人员。',
      en: 'People in either employee medical insurance or urban-rural resident medical insurance are eligible to transfer; the national interim measures exclude retirees from the employee side.',
    },
    confidence: 'official',
    sources: [
      SEED_002.conditionBothSchemesEligible,
      // 第二条: applies mainly to 职工医保参保人员（不含退休人员）and 居民医保参保人员.
      TRANSFER_MEASURES,
    ],
  },
  {
    id: 'rule-balance-moves-through-relation-transfer',
    kind: 'rule',
    balanceOutcome: 'procedure',
    topics: ['transfer', 'balance-transfer'],
    scope: NATIONAL,
    insurance: BOTH,
    status: ALL,
    statement: {
      zh: '符合条件时个人账户余额可以异地转移，工作调动或家庭搬迁都可线上或线下办理：余额随医保关系转移接续一起转，经医保服务平台或参保地医保经办机构办理；具体规则因参保类型、转移场景（跨省或省内）和当地规定而异。',
      en: 'When the conditions are met the personal-account balance can be moved, after a change of job or a family move alike, online or at the counter: it moves as part of transferring the insurance relation, through the service platform or the insurance agency; the details depend on the scheme type, the case (cross-province or within a province) and local rules.',
    },
    confidence: 'article',
    sources: [
      SEED_001.ruleBalanceMovesThroughRelationTransfer,
      SEED_002.ruleBalanceMovesThroughRelationTransfer,
      SEED_003.ruleBalanceMovesThroughRelationTransfer,
      SEED_000.ruleBalanceMovesThroughRelationTransfer,
      SEED_003.ruleBalanceMovesThroughRelationTransfer2,
      SEED_004.ruleBalanceMovesThroughRelationTransfer,
      SEED_004.ruleBalanceMovesThroughRelationTransfer2,
    ],
  },
  {
    id: 'flexible-can-transfer',
    kind: 'rule',
    topics: ['flexible-employment', 'transfer'],
    scope: NATIONAL,
    insurance: BOTH,
    status: ['flexible'],
    statement: {
      zh: '灵活就业人员的医保也可以转移到其他城市。',
      en: 'Flexible workers’ medical insurance can also be moved to another city.',
    },
    confidence: 'article',
    sources: [SEED_002.yearsAccumulateAcrossAreas2],
  },
];

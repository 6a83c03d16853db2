import { seedSource as s, TRANSFER_MEASURES } from '../seeds';
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
      s(1, '停保与参保:在原参保地已办理停保手续,并在新参保地完成医保参保登记。'),
      s(2, '停保与参保:在原参保地已办理停保手续,并在新参保地完成医保参保登记。'),
      s(3, '停保与参保:在原参保地已办理停保手续,并在新参保地完成医保参保登记。'),
      // The seeds repeat both conditions as a check before applying; that sentence backs this rule and the next.
      s(2, '参保状态检查:申请前需确认原参保地已停保且无欠费,新参保地已正常参保。'),
      s(3, '申请前需确认原参保地已停保且无欠费,新参保地已正常参保。'),
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
      s(1, '个人账户状态:原参保地的医保个人账户需为正常状态,无欠费或冻结。'),
      s(2, '个人账户状态:原参保地的医保个人账户需为正常状态,无欠费或冻结。'),
      s(3, '个人账户状态:原参保地的医保个人账户需为正常状态,无欠费或冻结。'),
      s(2, '参保状态检查:申请前需确认原参保地已停保且无欠费,新参保地已正常参保。'),
      s(3, '申请前需确认原参保地已停保且无欠费,新参保地已正常参保。'),
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
    sources: [s(2, '参保状态正常:在原参保地的医保缴费状态为正常,无欠费或停保情况。')],
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
    sources: [s(2, '跨统筹地区就业:参保人员因工作变动等原因,需跨地区流动就业。')],
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
      s(2, '具备转移资格:参加了城镇职工基本医疗保险或城乡居民基本医疗保险的人员,具备医保转移资格。'),
      // 第二条: applies mainly to 职工医保参保人员（不含退休人员）and 居民医保参保人员.
      TRANSFER_MEASURES,
    ],
  },
  {
    id: 'rule-balance-moves-through-relation-transfer',
    kind: 'rule',
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
      s(1, '医保个人账户余额异地转移(即基本医疗保险关系转移接续)需通过医保服务平台或参保地医保经办机构办理,具体流程如下:'),
      s(2, '医保账户余额的异地转移需根据参保类型(职工医保或居民医保)和具体法规执行,通常需通过医保关系转移接续完成,以下为具体流程和注意事项:'),
      s(3, '医保个人账户余额的异地转移需根据参保类型(职工医保或居民医保)和具体法规执行,通常需通过医保关系转移接续完成,以下为具体流程和注意事项:'),
      s(0, '医保账户金额可以转移,但具体规则根据参保人员的转移类型(如省内转移或跨省转移)有所不同,以下是详细说明:'),
      s(3, '医保账户金额可以转移,但具体方案因参保类型(职工医保、居民医保)及转移场景(跨省、省内)而异。以下为详细说明:'),
      s(4, '医保账户金额在符合条件的情况下可以转移。具体法规如下:'),
      s(4, '无论你是因工作调动还是家庭搬迁,医保卡余额转移都可通过线上或线下渠道办理。'),
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
    sources: [s(2, '灵活就业医保可以转移到其他城市。根据有关法规,个人跨统筹地区就业的,其基本医疗保险关系可以随本人转移,缴费年限累计计算。以下是灵活就业医保转移的相关要点:')],
  },
];

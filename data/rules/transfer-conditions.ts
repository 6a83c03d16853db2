import { SEED_000 } from '../seeds/000';
import { SEED_001 } from '../seeds/001';
import { SEED_002 } from '../seeds/002';
import { SEED_003 } from '../seeds/003';
import { SEED_004 } from '../seeds/004';
import { BENXI_GUIDE, HAIXI_GUIDE, M22_SUMMARY, M43_APPLY, M43_ART2, QUANZHOU_GUIDE, SIL_ART23 } from '../official-sources';
import { BOTH, EMPLOYEE, NATIONAL, RETIRED, type RuleInput, WORKING } from './rule-input';

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
      zh: '转移前须已在原参保地中止（暂停）参保，并已按规定在新参保地参保：转出地核验是否已中止参保，转入地核验是否已在当地参保；申请前应先办好这两步。',
      en: 'Suspend the insurance at the old place and enrol at the new one before applying: each agency checks its side.',
    },
    confidence: 'official',
    sources: [
      M43_APPLY,
      BENXI_GUIDE,
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
      en: 'The old place’s personal account must be in normal status: no arrears, not frozen.',
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
      zh: '跨统筹地区就业，或户籍、常住地变动的参保人员，按规定办理医保关系转移接续。',
      en: 'Insured people moving to work in another pooling area, or changing household registration or usual residence, transfer as the rules provide.',
    },
    confidence: 'official',
    sources: [M43_ART2, SEED_002.conditionCrossAreaEmployment],
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
      en: 'Employee and urban-rural resident insurance members may transfer; the national interim measures’ employee members exclude retirees.',
    },
    confidence: 'official',
    sources: [
      // 第二条: 职工医保参保人员（不含退休人员）and 居民医保参保人员.
      M43_ART2,
      SEED_002.conditionBothSchemesEligible,
    ],
  },
  {
    id: 'rule-balance-moves-through-relation-transfer',
    kind: 'rule',
    balanceOutcome: 'procedure',
    topics: ['transfer', 'balance-transfer'],
    scope: NATIONAL,
    insurance: EMPLOYEE,
    status: WORKING,
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
      zh: '灵活就业人员可以参加职工医保（社会保险法第二十三条），转移接续办法覆盖在职的职工医保参保人员，所以灵活就业人员的医保也可以转移到其他城市。',
      en: 'Flexible workers may join employee medical insurance (Social Insurance Law, Art. 23), and the transfer measures cover working members of it, so flexible workers’ insurance can also be moved to another city.',
    },
    confidence: 'official',
    sources: [SIL_ART23, M43_ART2, SEED_002.yearsAccumulateAcrossAreas2],
  },
  {
    id: 'retirees-outside-transfer-measures',
    kind: 'condition',
    topics: ['transfer', 'retiree-resettlement'],
    scope: NATIONAL,
    insurance: EMPLOYEE,
    status: RETIRED,
    statement: {
      zh: '退休人员不在国家医保关系转移接续办法的范围内（办法所称职工医保参保人员不含退休人员）：退休后到外地生活，一般不转移医保关系。',
      en: 'Retirees are outside the national transfer measures (their employee members exclude retirees): moving elsewhere after retiring does not, as a rule, move the insurance relation.',
    },
    confidence: 'official',
    sources: [M43_ART2],
  },
  {
    id: 'retiree-moves-file-not-transfer',
    kind: 'route',
    topics: ['retiree-resettlement', 'remote-care-registration'],
    scope: NATIONAL,
    insurance: EMPLOYEE,
    status: RETIRED,
    statement: {
      zh: '退休后到外地长期居住的，在参保地办理异地长期居住（异地安置）备案，之后在备案地就医可跨省直接结算；医保关系留在原参保地。',
      en: 'A retiree who settles elsewhere files a long-term residence (resettlement) record with their insurance place; treatment at the filed place is then settled directly across provinces, and the insurance stays where it was.',
    },
    steps: [
      { zh: '向参保地医保部门办理异地长期居住（异地安置）备案（线上或经办窗口）。', en: 'File a long-term residence (resettlement) record with the insurance place, online or at the counter.' },
      { zh: '在备案地的定点医疗机构就医，直接结算。', en: 'Get treatment at designated hospitals of the filed place, settled directly.' },
    ],
    confidence: 'article',
    sources: [M22_SUMMARY],
  },
  {
    id: 'online-materials-id-only',
    kind: 'condition',
    topics: ['online-application', 'insurance-certificate'],
    scope: NATIONAL,
    insurance: BOTH,
    status: WORKING,
    statement: {
      zh: '线上申请只需有效身份证件或社会保障卡；跨省网上转移不再需要提供纸质参保凭证（本溪、海西、泉州丰泽医保部门办事指南）。',
      en: 'Online, a valid ID or the social-security card is enough; an online cross-province transfer needs no paper insurance certificate (Benxi, Haixi, Quanzhou Fengze office guides).',
    },
    confidence: 'official',
    sources: [QUANZHOU_GUIDE, BENXI_GUIDE, HAIXI_GUIDE],
  },
];

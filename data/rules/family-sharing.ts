import {
  CROSS_PROVINCE_SHARING_2026,
  SHARING_2021_NEWS,
  SHARING_2024_CCTV,
  SHARING_2024_XINHUA,
  SICHUAN_SHARING,
  WALLET_QINAN,
  WALLET_YANTAI,
} from '../official-sources';
import { ALL, EMPLOYEE, NATIONAL, type RuleInput } from './rule-input';

const TOPICS: RuleInput['topics'] = ['family-sharing'];

/** 家庭共济: who may use an employee member's personal account, where, and how the 医保钱包 moves money. */
export const FAMILY_SHARING_RULES: RuleInput[] = [
  {
    id: 'family-sharing-who',
    kind: 'rule',
    topics: TOPICS,
    scope: NATIONAL,
    insurance: EMPLOYEE,
    status: ALL,
    statement: {
      zh: '职工医保个人账户可以家庭共济：2021年门诊共济改革起，可支付本人及配偶、父母、子女在定点医药机构就医购药的个人负担费用；2024年起范围扩大到近亲属（配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女），还可为近亲属缴纳城乡居民医保的个人缴费。',
      en: 'An employee member’s personal account can be shared with family: since the 2021 outpatient reform it pays the own-share costs of the member, their spouse, parents and children at designated hospitals and pharmacies; since 2024 the circle is the near relatives (spouse, parents, children, siblings, grandparents, grandchildren), and it can also pay their resident-insurance contributions.',
    },
    effective: { note: { zh: '2021年起为配偶、父母、子女；2024年起扩大到近亲属（各省陆续实施）。', en: 'Spouse, parents and children from 2021; near relatives from 2024 (provinces phased it in).' } },
    confidence: 'official',
    sources: [SICHUAN_SHARING, SHARING_2024_CCTV, SHARING_2021_NEWS],
  },
  {
    id: 'family-sharing-where',
    kind: 'rule',
    topics: TOPICS,
    scope: NATIONAL,
    insurance: EMPLOYEE,
    status: ALL,
    statement: {
      zh: '到2024年11月，各省份都已实现省内跨统筹地区共济；2026年1月国家医保局、财政部通知把个人账户共济范围从省内扩展到全国，近亲属之间可跨省共济。',
      en: 'By November 2024 every province shared accounts across its pooling areas; in January 2026 a notice of the NHSA and the Ministry of Finance extended sharing from within a province to the whole country, so near relatives can share across provinces.',
    },
    confidence: 'article',
    sources: [SHARING_2024_XINHUA, CROSS_PROVINCE_SHARING_2026],
  },
  {
    id: 'family-sharing-wallet-limits',
    kind: 'rule',
    topics: TOPICS,
    scope: NATIONAL,
    insurance: EMPLOYEE,
    status: ALL,
    statement: {
      zh: '通过国家医保服务平台 App 的“医保钱包”可把个人账户的钱转给近亲属的医保钱包（含跨省）：每个钱包每天最多转3笔，每笔不超过2000元，每天22:00至次日6:00不能转账；对方未接收前不能再转，未接收的次日6:00退回。',
      en: 'Through the “医保钱包” (insurance wallet) of the national service app, account money can be sent to a near relative’s wallet, across provinces too: at most 3 transfers a day per wallet, each at most 2000 yuan, none from 22:00 to 06:00; while one is not accepted no other can be sent, and an unaccepted one returns at 06:00 the next day.',
    },
    confidence: 'official',
    sources: [WALLET_QINAN, WALLET_YANTAI],
  },
  {
    id: 'family-sharing-ends-on-transfer',
    kind: 'caveat',
    topics: ['family-sharing', 'transfer'],
    scope: NATIONAL,
    insurance: EMPLOYEE,
    status: ALL,
    statement: {
      zh: '共济关系在任一方医保关系终止或跨统筹地区转移时自动解除：转移完成后需要在新参保地重新绑定。',
      en: 'A sharing link ends by itself when either side’s insurance ends or is transferred to another pooling area: after a transfer, bind it again at the new place.',
    },
    confidence: 'article',
    sources: [CROSS_PROVINCE_SHARING_2026],
  },
];

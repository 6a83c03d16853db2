import type { Topic, TopicId } from './schema';

/**
 * Policy topics and the page words that signal them. Keywords are multi-character policy terms
 * that do not occur in ordinary prose; each keyword belongs to one topic only.
 */
export const TOPICS: Topic[] = [
  {
    id: 'transfer',
    label: { zh: '关系转移接续', en: 'Transferring the insurance relation' },
    summary: {
      zh: '换工作或换城市时，把基本医疗保险关系从原参保地转到新参保地。',
      en: 'Moving basic medical insurance from the old place of enrolment to the new one after a change of job or city.',
    },
    keywords: [
      '转移接续', '关系转移', '医保转移', '医保关系转出', '医保关系转入', '停保手续',
      // Titles put the verb first (转移职工医保关系) or speak of changing the place of enrolment.
      '医保关系', '医疗保险关系', '医疗保险转移', '转移医保', '转移职工医保', '转移医疗保险', '医保可以转移',
      '医保怎么转', '转医保', '办理转入', '办理转出', '参保地变更', '变更参保地', '更改参保地',
      '变更医保参保地', '更改医保参保地', '更改医疗保险参保地', '参保地如何变更', '参保地怎么变更',
      '把医保转', '医保转过去', '转回老家', '转回户籍地', '医保转到', '医保转回',
    ],
  },
  {
    id: 'balance-transfer',
    label: { zh: '个人账户余额转移', en: 'Moving the personal-account balance' },
    summary: {
      zh: '职工医保个人账户里的钱随关系划转，或在特定情况下划入本人银行账户。',
      en: 'The money in the employee personal account moves with the relation or, in certain cases, to the holder’s bank account.',
    },
    // 账户余额 or 个人账户资金 alone is also what balance look-ups and family sharing talk about, so the
    // balance keywords pair the money with a move (and lib/matcher/topic-rules.ts reads the pair apart).
    keywords: [
      '余额转移', '余额划转', '账户清0', '账户清零', '余额不会清0', '本人银行账户',
      '余额可以转', '余额能转', '余额能不能转', '余额怎么跨', '余额可以跨', '余额夸省', '余额怎么异地',
      '余额异地', '余额转入', '余额转出', '余额转到', '余额也能转', '余额多久到', '余额多久能到', '账户金额转移',
      '账户金额可以转移', '账户金额能转移', '钱可以转移', '钱能转移', '钱会跟着', '钱多久到账', '转个人账户',
      '随医保关系', '随关系转', '划到银行卡', '划入本人银行', '划到本人', '余额会不会清', '余额清零',
    ],
  },
  {
    id: 'cross-province',
    label: { zh: '跨省转移', en: 'Cross-province transfer' },
    summary: {
      zh: '在不同省份之间转移医保关系，时限由国家统一规定。',
      en: 'Moving the insurance between provinces, with national time limits.',
    },
    // 跨省异地 alone also opens 跨省异地就医 (treatment elsewhere), which is not a transfer; 夸省 is a common misspelling.
    keywords: ['跨省转移', '跨省流动', '跨省就业', '跨省通办', '跨省异地转移', '跨省异地安置', '夸省'],
  },
  {
    id: 'intra-province',
    label: { zh: '省内转移', en: 'Transfer within a province' },
    summary: {
      zh: '同一省份内跨城市转移，各省做法不一，时限可能更短。',
      en: 'Moving between cities of one province; provinces differ and limits may be shorter.',
    },
    keywords: ['省内转移', '省内跨市', '跨市使用', '省内跨统筹', '同省跨市', '同省不同城市', '省内转医保'],
  },
  {
    id: 'retiree-resettlement',
    label: { zh: '退休人员异地安置', en: 'Retirees resettling elsewhere' },
    summary: {
      zh: '退休后到外省安置的人员，可申请把个人账户资金划入本人银行账户。',
      en: 'Retirees resettled in another province may ask for their personal-account money to be paid to their bank account.',
    },
    keywords: ['异地安置', '安置退休人员', '外地定居', '异地定居'],
  },
  {
    id: 'flexible-employment',
    label: { zh: '灵活就业', en: 'Flexible employment' },
    summary: {
      zh: '以个人身份参保缴费的灵活就业人员如何转移和补缴。',
      en: 'How people insured as flexible (self-employed) workers transfer and back-pay.',
    },
    keywords: ['灵活就业', '个体工商户', '自由职业', '以个人身份参保', '个体户'],
  },
  {
    id: 'gap-and-backpay',
    label: { zh: '断缴与补缴', en: 'Contribution gaps and back-payment' },
    summary: {
      zh: '中断缴费后能否补缴、何时恢复待遇、是否有等待期和滞纳金。',
      en: 'Whether a gap in contributions can be back-paid, when benefits resume, waiting periods and late fees.',
    },
    keywords: ['断缴', '补缴', '断交', '补交', '中断缴费', '滞纳金', '等待期', '欠缴', '停缴', '漏缴', '医保断了', '医保中断', '缴费中断', '医保停了'],
  },
  {
    id: 'monthly-credit',
    label: { zh: '个人账户每月划入', en: 'Monthly credit to the personal account' },
    summary: {
      zh: '退休人员个人账户每月划入（返款）多少钱，各地标准不同。',
      en: 'How much is credited each month to a retiree’s personal account; amounts differ by place.',
    },
    keywords: [
      '每月划入', '每月返', '返款', '每月打入', '划入标准', '定额返还', '每月进多少',
      '每个月返', '每个月应该返', '每月打多少', '每个月打多少', '每月能打入', '每个月打入', '每个月能打入',
      '每个月划入', '每月会打', '每个月会打', '每月几号到账', '钱打进来', '账户能返', '划入比例', '每月到账',
      '定额划入', '按月划入', '每月进账', '每月能进账',
    ],
  },
  {
    id: 'family-sharing',
    label: { zh: '家庭共济', en: 'Family sharing of the account' },
    summary: {
      zh: '职工医保个人账户余额可给家人使用。',
      en: 'Letting family members use the employee personal-account balance.',
    },
    keywords: [
      '家庭共济', '共济账户', '给家人用', '给亲人用', '给家里人用', '给亲人买药', '给家人买药', '给父母买药',
      '给家里的亲人', '家人也能用', '给家人使用', '给父母用', '给孩子用', '给子女用', '给配偶用', '给配偶使用',
      '给老婆孩子', '用子女的医保', '用父母的医保', '用家人的医保', '给家人交医保', '给父母交医保', '给父母交居民医保',
      '给家人缴纳', '给爱人买药', '给爱人用', '给配偶买药', '给孩子买药', '给老人买药',
    ],
  },
  {
    id: 'progress-query',
    label: { zh: '办理进度查询', en: 'Checking progress' },
    summary: {
      zh: '申请提交后在 App 或小程序里查看审核和转移进度。',
      en: 'After applying, following the review and transfer in the app or mini-program.',
    },
    keywords: ['进度查询', '办理进度', '查询进度', '转移进度', '参保证明打印', '审核到哪', '审核结果', '到哪一步', '进度显示'],
  },
  {
    id: 'insurance-certificate',
    label: { zh: '参保凭证 / 线下办理', en: 'Insurance certificate / at the counter' },
    summary: {
      zh: '到原参保地经办机构办理转出并领取《参保凭证》，再到新参保地办理转入。',
      en: 'Transferring out at the old agency to obtain the insurance certificate, then transferring in at the new one.',
    },
    // The documents by name: 《参保凭证》 and the 《参保人员基本医疗保险信息表》 — a bare 信息表 may be any form.
    keywords: ['参保凭证', '经办机构窗口', '线下办理', '医疗保险信息表'],
  },
  {
    id: 'online-application',
    label: { zh: '线上办理', en: 'Applying online' },
    summary: {
      zh: '通过国家医保服务平台 App 的“地方专区”提交转移接续申请。',
      en: 'Applying through the national medical-insurance service app (its local-area section).',
    },
    keywords: ['医保服务平台', '地方专区', '线上办理', '线上申请', '转移接续申请', '线上转移', '网上申请', '手机上提交', '手机上申请'],
  },
  {
    id: 'contribution-years',
    label: { zh: '缴费年限累计', en: 'Counting contribution years' },
    summary: {
      zh: '各地的缴费年限合并累计计算，断缴不会让以前的年限作废。',
      en: 'Contribution years from every place are added up; a gap does not cancel earlier years.',
    },
    // Titles ask how many years earn benefits for life (多少年才能享受终身).
    keywords: ['缴费年限', '累计计算', '合并计算', '连续参保年限', '连续缴费年限', '享受终身', '终身享受', '交满多少年', '缴满多少年', '累计缴满', '年限还算', '年限合并', '年限累计', '年限能合', '年限可以合'],
  },
  {
    id: 'remote-care-registration',
    label: { zh: '异地就医备案', en: 'Registering for treatment elsewhere' },
    summary: {
      zh: '人在外地看病时先向参保地登记备案，医保关系不用转走，费用仍按参保地办法结算。',
      en: 'Registering with the home scheme before seeking treatment in another place; the insurance stays where it is and bills are settled under its terms.',
    },
    // Treatment elsewhere, not a transfer: these pages are about using the insurance away from home.
    keywords: ['异地就医备案', '就医备案', '备案异地就医', '异地备案', '异地就医登记', '异地长期居住', '临时外出就医'],
  },
];

/** Topics that have no rule in the data, and why (the check in tests/unit/facts.test.ts reads this). */
// family-sharing had no rule while the seeds were the only sources (they mention 家庭共济 only in link lists);
// its rules now rest on official and press sources (data/rules/family-sharing.ts). remote-care-registration
// carries the retirees' filing route (data/rules/transfer-conditions.ts).
export const TOPICS_WITHOUT_RULES: Partial<Record<TopicId, string>> = {};

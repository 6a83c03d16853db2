import { seedQuotes } from './seed-meta';

/** Every sentence of seed 000 that a rule or claim rests on, verbatim, each written once and cited by name. */
export const SEED_000 = seedQuotes(0, {
  ruleReviewBeforeBalanceMove: '审核与划转:转入地和转出地医保经办机构审核通过后,转出地将个人账户余额划转至新参保地账户。',
  ruleBalanceCreditedAfterCheck: '转入地处理:转入地经办机构收到《信息表》后5个工作日内完成年限转入,之后收到转出地个人账户余额,核对无误后将金额计入参保人员的个人账户。',
  balanceFollowsRelationCrossProvince: '参保人员跨省流动就业时,个人账户资金原则上随医保关系转移。若因特殊情况无法直接转移,可申请将资金划入本人银行账户。',
  balanceRetireeResettlementToBank: '跨省异地安置退休人员:经本人申请,可将个人账户资金划入本人银行账户。',
  balanceGuangdongIntraProvinceStays: '部分地区(如广东省)法规,参保人员省内跨市转移职工医保关系时,个人账户资金可跨市使用,无需划转或提现。但在实际操作中,部分地区仍支持账户金额随医保关系转移,具体需以地方方案为准。',
  balanceCarriesOverAfterTransfer: '账户余额永久累计:医保个人账户余额不会清0,可跨统筹地区转移。',
  yearsAccumulateAcrossAreas: '统筹年限累计:医保缴费年限可转移合并,满足条件后可在新参保地享受医保待遇。',
  caveatIntraProvinceMayBeShorter: '办理时限:跨省转移通常需10个工作日完成转出,5个工作日完成转入;省内转移时限可能更短。',
  caveatKeepInTouch: '保持联系:及时与转出地和转入地社保经办机构沟通,了解进度。',
  caveatPrepareMaterials: '准备材料:提前确认所需材料(如身份证、社保卡等),避免延误。',
  caveatLocalRulesPrevail: '温馨提示:本数据仅供参考!具体需以当地有关法规为准!',
  experienceOnline3Days: '线上办理:部分用户反馈线上申请后3天到账,但此为个别案例,不具普遍性。',
  experienceNanjing30WorkingDays: '线下办理:如南京医保在转出后的30个工作日左右将余额转到参保用户市民卡关联的银行账户;河南郑州市医保账户余额转移至省医保需3个月左右。',
  ruleBalanceMovesThroughRelationTransfer: '医保账户金额可以转移,但具体规则根据参保人员的转移类型(如省内转移或跨省转移)有所不同,以下是详细说明:',
  routeOnlinePlatformOrLocalApp: '线上办理:通过医保服务平台或地方医保APP提交转移申请,上传身份证、参保凭证等材料。',
  routeOfflineWindowEitherPlace: '线下办理:携带身份证、社保卡、参保凭证等材料,前往原参保地或新参保地医保经办机构窗口申请。',
  timeTransferOut10WorkingDays: '转出地处理:参保人申请成功后,转出地经办机构在10个工作日内完成基本医疗保险关系转出,并办理个人账户余额划转手续。',
  timeWhole15WorkingDays: '根据有关法规,医保跨省转移接续时间已由原来的45个工作日压缩至15个工作日。具体流程如下:',
});

import type { Claim, PersonStatus, Rule, TimeLimit, TopicId } from '../../data/schema';
import { SEEDS, type SeedIndex } from '../../data/seeds/seed-meta';

/**
 * Every fact in the five seeds, written by re-reading each seed line by line (not from data/rules.ts).
 * Each entry names its seed, says the fact in a few words, and finds it in the data: a rule or claim that
 * cites that seed with a sentence containing `quote`, and whose structured fields say the fact.
 */
export interface Data {
  rules: Rule[];
  claims: Claim[];
}

export interface ChecklistEntry {
  seed: string;
  fact: string;
  find: (data: Data) => boolean;
}

interface RuleWant {
  quote: string;
  kind?: Rule['kind'];
  confidence?: Rule['confidence'];
  topic?: TopicId;
  region?: string; // '' = national
  transferCase?: Rule['transferCase'];
  status?: PersonStatus;
  says?: string[]; // substrings of statement.zh or of one step
  limit?: Partial<TimeLimit>;
  supersededBy?: boolean;
  document?: string; // a cited national document containing this text
}

const citesSeed = (sources: Rule['sources'], seed: SeedIndex, quote: string) =>
  sources.some((s) => 'seed' in s && s.seed === SEEDS[seed].file && s.quote.includes(quote));

function ruleMatches(rule: Rule, seed: SeedIndex, w: RuleWant): boolean {
  const text = [rule.statement.zh, ...rule.steps.map((s) => s.zh)].join('\n');
  const region = rule.scope.level === 'national' ? '' : rule.scope.region;
  return (
    citesSeed(rule.sources, seed, w.quote) &&
    (w.kind === undefined || rule.kind === w.kind) &&
    (w.confidence === undefined || rule.confidence === w.confidence) &&
    (w.topic === undefined || rule.topics.includes(w.topic)) &&
    (w.region === undefined || region === w.region) &&
    (w.transferCase === undefined || rule.transferCase === w.transferCase) &&
    (w.status === undefined || rule.status.includes(w.status)) &&
    (w.says ?? []).every((s) => text.includes(s)) &&
    (w.limit === undefined ||
      rule.timeLimits.some((t) => Object.entries(w.limit!).every(([k, v]) => t[k as keyof TimeLimit] === v))) &&
    (w.supersededBy === undefined || (rule.supersededBy !== undefined) === w.supersededBy) &&
    (w.document === undefined || rule.sources.some((s) => 'document' in s && s.document.includes(w.document!)))
  );
}

const entry = (seed: SeedIndex, fact: string, want: RuleWant): ChecklistEntry => ({
  seed: SEEDS[seed].file,
  fact,
  find: ({ rules }) => rules.some((r) => ruleMatches(r, seed, want)),
});

const claimEntry = (seed: SeedIndex, fact: string, kind: Claim['kind'], pattern: string, holdsSays: string): ChecklistEntry => ({
  seed: SEEDS[seed].file,
  fact,
  find: ({ rules, claims }) =>
    claims.some(
      (c) =>
        c.kind === kind &&
        c.patterns.includes(pattern) &&
        citesSeed(c.sources, seed, pattern) &&
        c.holds.zh.includes(holdsSays) &&
        rules.some((r) => r.id === c.holdsRule),
    ),
});

const S0: ChecklistEntry[] = [
  entry(0, '账户金额可以转移,规则因省内/跨省而异', { quote: '具体规则根据参保人员的转移类型', topic: 'balance-transfer', says: ['跨省或省内'] }),
  entry(0, '跨省:个人账户资金原则上随关系转移', { quote: '原则上随医保关系转移', topic: 'balance-transfer', transferCase: 'cross-province' }),
  entry(0, '跨省无法直接转移时可划入本人银行账户', { quote: '可申请将资金划入本人银行账户', says: ['本人银行账户'] }),
  entry(0, '广东省内跨市:个人账户可跨市使用,无需划转或提现', { quote: '如广东省', region: '440000', transferCase: 'intra-province', says: ['不划转', '不提现'] }),
  entry(0, '部分地区省内仍支持余额随关系转移', { quote: '部分地区仍支持账户金额随医保关系转移', transferCase: 'intra-province', region: '' }),
  entry(0, '跨省异地安置退休人员可申请划入本人银行账户', { quote: '跨省异地安置退休人员', status: 'retired', topic: 'retiree-resettlement' }),
  entry(0, '线上:医保服务平台或地方医保APP,上传身份证、参保凭证', { quote: '地方医保APP提交转移申请', kind: 'route', topic: 'online-application' }),
  entry(0, '线下:原参保地或新参保地窗口', { quote: '前往原参保地或新参保地医保经办机构窗口申请', kind: 'route' }),
  entry(0, '两地审核通过后转出地划转余额', { quote: '审核通过后,转出地将个人账户余额划转', topic: 'balance-transfer' }),
  claimEntry(0, '"余额不会清0"与"清0后划转"矛盾', 'contradiction', '不会清0', '清0'),
  entry(0, '缴费年限可转移合并', { quote: '医保缴费年限可转移合并', topic: 'contribution-years' }),
  entry(0, '跨省转出10个工作日', { quote: '10个工作日完成转出', limit: { step: 'transfer-out', unit: 'working-days', max: 10 } }),
  entry(0, '跨省转入5个工作日', { quote: '5个工作日完成转入', limit: { step: 'transfer-in', unit: 'working-days', max: 5 } }),
  entry(0, '省内转移时限可能更短', { quote: '省内转移时限可能更短', transferCase: 'intra-province' }),
  entry(0, '原45个工作日(已被取代)', { quote: '原来的45个工作日', supersededBy: true, limit: { step: 'whole', max: 45 } }),
  entry(0, '现15个工作日', { quote: '压缩至15个工作日', supersededBy: false, limit: { step: 'whole', unit: 'working-days', max: 15 } }),
  claimEntry(0, '45个工作日为过时说法', 'stale', '45个工作日', '15个工作日'),
  entry(0, '转出地受理后10个工作日内转出并办理余额划转', { quote: '转出地经办机构在10个工作日内', limit: { step: 'transfer-out', max: 10 }, confidence: 'official' }),
  entry(0, '转入地收到《信息表》后5个工作日内转入', { quote: '收到《信息表》后5个工作日内', limit: { step: 'transfer-in', max: 5 }, confidence: 'official' }),
  entry(0, '转入地收到余额核对无误后计入个人账户', { quote: '核对无误后将金额计入', says: ['核对'] }),
  entry(0, '线上3天到账:个别案例', { quote: '3天到账', kind: 'experience', confidence: 'anecdote', limit: { step: 'balance-arrival', max: 3 } }),
  entry(0, '南京转出后约30个工作日到市民卡关联银行账户(线下办理例)', { quote: '南京医保', region: '320100', says: ['市民卡', '线下办理'], limit: { step: 'balance-arrival', unit: 'working-days', max: 30, approx: true } }),
  entry(0, '郑州余额转至省医保约3个月(线下办理例)', { quote: '郑州市医保', region: '410100', says: ['线下办理'], limit: { step: 'balance-arrival', unit: 'months', max: 3, approx: true } }),
  entry(0, '与两地经办机构保持联系', { quote: '保持联系', kind: 'caveat' }),
  entry(0, '提前准备材料', { quote: '准备材料', kind: 'caveat' }),
  entry(0, '以当地法规为准', { quote: '仅供参考', kind: 'caveat' }),
];

const S1: ChecklistEntry[] = [
  claimEntry(1, '"只需1个月"为夸大', 'overstated', '只需1个月', '15个工作日'),
  entry(1, '余额转移即关系转移接续,经平台或经办机构办理', { quote: '即基本医疗保险关系转移接续', topic: 'transfer' }),
  entry(1, '条件:原参保地停保且新参保地参保', { quote: '在原参保地已办理停保手续', kind: 'condition' }),
  entry(1, '条件:个人账户正常,无欠费或冻结', { quote: '无欠费或冻结', kind: 'condition' }),
  entry(1, '下载医保服务平台APP并注册登录', { quote: '完成注册登录', kind: 'route', says: ['下载'] }),
  entry(1, '地方专区选择原参保地所在省份', { quote: '选择原参保地所在省份', kind: 'route', says: ['原参保地所在的省份'] }),
  entry(1, '点医保关系转移接续或跨省转移接续申请', { quote: '“跨省转移接续申请”', kind: 'route', says: ['医保关系转移接续', '跨省转移接续申请'] }),
  entry(1, '填写转出/转入地信息并上传身份证照片', { quote: '上传身份证照片', kind: 'route', says: ['身份证'] }),
  entry(1, '提交后在APP内查询进度', { quote: '可在APP内查询办理进度', topic: 'progress-query' }),
  entry(1, '线下:原参保地转出并取得《参保凭证》', { quote: '获取《参保凭证》', kind: 'route', topic: 'insurance-certificate' }),
  entry(1, '线下:持凭证到新参保地转入并完成余额转移', { quote: '持《参保凭证》', kind: 'route' }),
  entry(1, '转出一般不超过10个工作日', { quote: '一般不超过10个工作日', limit: { step: 'transfer-out', max: 10 } }),
  entry(1, '全流程不超过15个工作日', { quote: '全流程不超过15个工作日', limit: { step: 'whole', max: 15 } }),
  entry(1, '每月返款不固定,受所在地、年龄、养老金、方案影响', { quote: '并不是固定的', topic: 'monthly-credit', status: 'retired' }),
  entry(1, '返款与地区平均养老金挂钩', { quote: '平均养老金水平挂钩', topic: 'monthly-credit' }),
  entry(1, '深圳每月约250元', { quote: '250元左右', region: '440300', topic: 'monthly-credit', says: ['250'] }),
  entry(1, '欠发达地区只有几十元', { quote: '只有几十元', topic: 'monthly-credit', says: ['几十元'] }),
  entry(1, '大部分地区按人均养老金2%~3%', { quote: '通常为2%~3%', topic: 'monthly-credit', says: ['2%~3%'] }),
  entry(1, '北京定额返还', { quote: '如北京、甘肃等地', region: '110000', topic: 'monthly-credit' }),
  entry(1, '甘肃定额返还', { quote: '如北京、甘肃等地', region: '620000', topic: 'monthly-credit' }),
  entry(1, '部分地区70岁以上返款更高', { quote: '70岁以上', topic: 'monthly-credit', says: ['70岁以上'] }),
  entry(1, '返款方案会调整,关注通告', { quote: '方案调整', topic: 'monthly-credit' }),
  entry(1, '缴费年限间接影响返款', { quote: '间接增加医保返款金额', topic: 'monthly-credit', says: ['间接'] }),
  entry(1, '高龄返款更多(按年龄划分地区)', { quote: '高龄退休人员的返款金额会更多', topic: 'monthly-credit' }),
  entry(1, '保持联系', { quote: '保持联系', kind: 'caveat' }),
  entry(1, '准备材料', { quote: '准备材料', kind: 'caveat' }),
];

const S2: ChecklistEntry[] = [
  entry(2, '关注新参保地定点医院', { quote: '定点医院', kind: 'caveat' }),
  entry(2, '通过关系转移接续完成,按参保类型执行', { quote: '通常需通过医保关系转移接续完成', topic: 'transfer' }),
  entry(2, '条件:停保与参保', { quote: '停保与参保', kind: 'condition' }),
  entry(2, '条件:账户正常无欠费冻结', { quote: '无欠费或冻结', kind: 'condition' }),
  entry(2, '线下转出:取得《参保凭证》并注销原账户', { quote: '并注销原账户', kind: 'route', says: ['注销原账户'] }),
  entry(2, '线下转入:开立新账户并办理余额转移', { quote: '开立新账户', kind: 'route', says: ['开立新账户'] }),
  entry(2, '信息准确', { quote: '信息准确性', kind: 'caveat' }),
  entry(2, '申请前确认停保无欠费、新地已参保(即转移条件,不另立一条)', { quote: '参保状态检查', kind: 'condition', says: ['申请前'] }),
  entry(2, '转移完成后余额自动转入新账户可继续使用', { quote: '可继续使用', topic: 'balance-transfer' }),
  entry(2, '线上不便可带身份证原件到窗口', { quote: '若线上操作不便', kind: 'route' }),
  entry(2, '电话咨询医保服务热线', { quote: '医保服务热线咨询', kind: 'route' }),
  entry(2, '线上3天到账个例', { quote: '3天到账', confidence: 'anecdote' }),
  entry(2, '南京约30个工作日', { quote: '南京医保', region: '320100' }),
  entry(2, '郑州约3个月', { quote: '郑州市医保', region: '410100' }),
  entry(2, '保持联系', { quote: '保持联系', kind: 'caveat' }),
  entry(2, '准备材料', { quote: '准备材料', kind: 'caveat' }),
  entry(2, '灵活就业医保可转移到其他城市', { quote: '灵活就业医保可以转移到其他城市', status: 'flexible', topic: 'flexible-employment' }),
  entry(2, '适用:跨统筹地区流动就业', { quote: '跨统筹地区就业:', kind: 'condition' }),
  entry(2, '灵活就业:缴费状态正常,无欠费或停保(与停保条件矛盾)', { quote: '无欠费或停保情况', kind: 'condition', status: 'flexible' }),
  claimEntry(2, '"无停保情况"与"须先停保"矛盾', 'contradiction', '无欠费或停保情况', '停保'),
  entry(2, '职工医保与居民医保人员均可转移(暂行办法:职工不含退休人员)', { quote: '具备医保转移资格', kind: 'condition', confidence: 'official', says: ['不含退休人员'], document: '基本医疗保险关系转移接续暂行办法' }),
  entry(2, '余额随同转移至新参保地就医购药(不限跨省)', { quote: '随同转移至新参保地', topic: 'balance-transfer', transferCase: 'any', says: ['就医购药'] }),
  entry(2, '各地缴费年限合并计算', { quote: '缴费年限将合并计算', topic: 'contribution-years' }),
  entry(2, '新就业地参保缴费后由单位或本人书面申请', { quote: '书面申请', kind: 'route', says: ['书面'] }),
  entry(2, '两地校验条件,不符合不受理并告知原因', { quote: '不予受理申请', kind: 'route', says: ['告知原因'] }),
  entry(2, '转出地生成上传《信息表》并划转职工医保余额', { quote: '生成并上传', kind: 'route', says: ['参保人员基本医疗保险信息表'] }),
  entry(2, '转入地同步信息表至本地平台并计入账户', { quote: '同步至本地医保信息平台', kind: 'route', says: ['同步'] }),
  entry(2, '了解报销范围、比例、起付线、封顶线差异', { quote: '起付线、封顶线', kind: 'caveat', says: ['报销范围', '报销比例', '起付线', '封顶线'] }),
  entry(2, '尽早申请', { quote: '尽早申请', kind: 'caveat' }),
  entry(2, '转移期间保持缴费连续', { quote: '确保医保缴费的连续性', kind: 'caveat' }),
  entry(2, '社会保险法第三十二条:关系随本人转移,年限累计', { quote: '缴费年限累计计算。', confidence: 'official', document: '社会保险法》第三十二条' }),
  entry(2, '以当地法规为准', { quote: '仅供参考', kind: 'caveat' }),
];

const S3: ChecklistEntry[] = [
  entry(3, '账户金额可以转移,方案因参保类型与跨省/省内而异', { quote: '具体方案因参保类型(职工医保、居民医保)及转移场景', topic: 'balance-transfer', says: ['参保类型', '跨省或省内'] }),
  entry(3, '支持线上查询到账但各地平台有差异', { quote: '各地平台差异', kind: 'caveat' }),
  entry(3, '条件:停保与参保', { quote: '停保与参保', kind: 'condition' }),
  entry(3, '条件:账户正常', { quote: '无欠费或冻结', kind: 'condition' }),
  entry(3, '用身份证号或手机号注册登录', { quote: '使用身份证号或手机号注册并登录', kind: 'route', says: ['手机号'] }),
  entry(3, '地方专区按原参保地选省份', { quote: '需根据原参保地选择对应省份', kind: 'route' }),
  entry(3, '内蒙古专区需点“更多”', { quote: '内蒙古专区需点击“更多”', region: '150000', kind: 'route', says: ['更多'] }),
  entry(3, '填写姓名、身份证号、原/新参保地', { quote: '包括姓名、身份证号', kind: 'route', says: ['姓名'] }),
  entry(3, '上传身份证正反面照片', { quote: '身份证正反面照片', kind: 'route', says: ['正反面'] }),
  entry(3, '业务办理进度查询/关系转移申请进度查询', { quote: '关系转移申请进度查询', topic: 'progress-query', says: ['业务办理进度查询', '关系转移申请进度查询'] }),
  entry(3, '线下:原参保地转出取得参保凭证', { quote: '获取《参保凭证》', topic: 'insurance-certificate' }),
  entry(3, '线下:新参保地持凭证转入', { quote: '持《参保凭证》', kind: 'route' }),
  entry(3, '转出一般不超过10个工作日', { quote: '转出地处理:一般不超过10个工作日', limit: { step: 'transfer-out', max: 10 } }),
  entry(3, '全流程不超过15个工作日', { quote: '全流程不超过15个工作日', limit: { step: 'whole', max: 15 } }),
  entry(3, '"一般为15个工作日":15是上限', { quote: '一般为15个工作日', says: ['一般为15个工作日', '上限'], limit: { step: 'whole', max: 15 } }),
  entry(3, '信息准确', { quote: '确保填写的转出地和转入地信息准确无误', kind: 'caveat' }),
  entry(3, '申请前确认参保状态(即转移条件)', { quote: '申请前需确认原参保地已停保', kind: 'condition', says: ['申请前'] }),
  entry(3, '转移成功后余额自动转至新参保地', { quote: '将自动转移至新参保地', topic: 'balance-transfer' }),
  entry(3, '线上不便可到窗口', { quote: '若线上操作不便', kind: 'route' }),
  entry(3, '电话咨询', { quote: '医保服务热线咨询', kind: 'route' }),
  entry(3, '小程序【我要办事】【转移接续】查进度', { quote: '【我要办事】', topic: 'progress-query', says: ['【我要办事】', '【转移接续】'] }),
  entry(3, '【个人参保证明打印】查看缴费记录和转移明细', { quote: '【个人参保证明打印】', topic: 'progress-query' }),
  entry(3, '线上3天到账个例', { quote: '3天到账', confidence: 'anecdote' }),
  entry(3, '南京约30个工作日', { quote: '南京医保', region: '320100' }),
  entry(3, '郑州约3个月', { quote: '郑州市医保', region: '410100' }),
  entry(3, '保持联系', { quote: '保持联系', kind: 'caveat' }),
  entry(3, '准备材料', { quote: '准备材料', kind: 'caveat' }),
  entry(3, '跨省职工医保:资金原则上随关系转移', { quote: '参保人员跨省转移职工医保关系时', transferCase: 'cross-province', topic: 'balance-transfer' }),
  entry(3, '跨省无法划转可划入本人银行账户', { quote: '无法直接划转', says: ['本人银行账户'] }),
  entry(3, '广东省内跨市不划转不提现', { quote: '广东省方案', region: '440000', transferCase: 'intra-province' }),
  entry(3, '部分省份允许省内资金随关系转移', { quote: '部分省份允许省内个人账户资金随医保关系转移', transferCase: 'intra-province' }),
  entry(3, '跨省异地安置退休人员可划入银行账户', { quote: '跨省异地安置退休人员', status: 'retired' }),
  entry(3, '线上:医保服务平台或地方医保服务平台', { quote: '地方医保服务平台提交转移申请', kind: 'route' }),
  entry(3, '线下:转入地或转出地窗口', { quote: '前往转入地或转出地医保经办机构窗口办理', kind: 'route' }),
  entry(3, '两地审核确认后方可划转', { quote: '方可办理账户余额划转', topic: 'balance-transfer' }),
  entry(3, '原参保地法规时限内划转,转入地核对后计入', { quote: '转入地需核对后计入个人账户', topic: 'balance-transfer' }),
  entry(3, '提前咨询转入地医保部门', { quote: '提前咨询转入地医保部门', kind: 'caveat' }),
  entry(3, '以当地法规为准', { quote: '仅供参考', kind: 'caveat' }),
];

const S4: ChecklistEntry[] = [
  entry(4, '工作调动或家庭搬迁,余额转移都可线上或线下办理', { quote: '因工作调动还是家庭搬迁', topic: 'balance-transfer', says: ['家庭搬迁', '线上或线下'] }),
  entry(4, '符合条件时账户金额可以转移', { quote: '在符合条件的情况下可以转移', topic: 'balance-transfer', says: ['符合条件'] }),
  entry(4, '职工医保个人账户资金原则上随关系跨省转移', { quote: '职工医保个人账户资金原则上随医保关系跨省转移', transferCase: 'cross-province' }),
  entry(4, '一般情况:跨省就业余额随关系转移', { quote: '跨省就业时,个人账户余额会随医保关系转移', topic: 'balance-transfer' }),
  entry(4, '新参保地未接入医保平台可划入个人银行账户', { quote: '未接入医保平台', says: ['未接入医保平台'] }),
  entry(4, '广东省内跨市不划转不提现', { quote: '广东省方案', region: '440000' }),
  entry(4, '其他省份省内可随关系转移', { quote: '部分省份允许省内个人账户资金随医保关系转移', transferCase: 'intra-province' }),
  entry(4, '跨省异地安置退休人员可划入银行账户', { quote: '跨省异地安置退休人员', status: 'retired' }),
  entry(4, '线上:平台或地方APP', { quote: '地方医保APP提交转移申请', kind: 'route' }),
  entry(4, '线下:原或新参保地窗口', { quote: '前往原参保地或新参保地医保经办机构窗口申请', kind: 'route' }),
  entry(4, '审核通过后转出地划转', { quote: '审核通过后,转出地将个人账户余额划转', topic: 'balance-transfer' }),
  entry(4, '转出地确认转出后清0并划转至转入地', { quote: '将参保人个人账户清0', says: ['清0', '划转'] }),
  entry(4, '跨省转出10个工作日', { quote: '转出地需在10个工作日内完成转出', limit: { step: 'transfer-out', max: 10 } }),
  entry(4, '跨省转入5个工作日', { quote: '转入地在5个工作日内完成转入', limit: { step: 'transfer-in', max: 5 } }),
  entry(4, '省内时限可能更短', { quote: '省内转移时限可能更短', transferCase: 'intra-province' }),
  entry(4, '转移前中断≤3个月:按转入地补缴,缴费当月享受待遇', { quote: '缴费当月即可享受待遇', confidence: 'official', says: ['缴费当月'], limit: { step: 'backpay-window', unit: 'months', max: 3 } }),
  entry(4, '中断>3个月:等待期原则上不超过6个月', { quote: '待遇享受等待期原则上不超过6个月', confidence: 'official', limit: { step: 'waiting-period', unit: 'months', max: 6 } }),
  entry(4, '通过窗口、热线12333或网站/APP查询断缴状态', { quote: '12333', topic: 'gap-and-backpay', says: ['12333'] }),
  entry(4, '确认断缴原因与时长', { quote: '断缴原因(单位未缴', topic: 'gap-and-backpay' }),
  entry(4, '各地补缴时限、滞纳金、恢复规则不同', { quote: '滞纳金标准、待遇恢复规则', kind: 'caveat' }),
  entry(4, '断缴3个月内多数地区补缴后次月恢复', { quote: '补缴后次月恢复医保待遇', says: ['次月'] }),
  claimEntry(4, '"次月恢复"与"缴费当月"矛盾', 'contradiction', '次月恢复医保待遇', '缴费当月'),
  entry(4, '断缴3-6个月部分地区等待1-6个月', { quote: '等待1-6个月', limit: { step: 'waiting-period', min: 1, max: 6 } }),
  entry(4, '断缴超6个月可能需重新参保,连续缴费年限清0', { quote: '断缴超6个月', says: ['重新参保'] }),
  entry(4, '同文门槛不一致:超6个月清0 vs 超3个月重算', { quote: '断缴超6个月', says: ['3个月为界', '不一致'] }),
  entry(4, '单位原因断缴:单位补缴(劳动合同、工资证明)', { quote: '要求单位补缴', kind: 'route', status: 'employed', says: ['劳动合同', '工资证明'] }),
  entry(4, '单位补缴后个人无滞纳金,断缴期间费用可追溯报销', { quote: '个人无需承担滞纳金', says: ['追溯报销'] }),
  entry(4, '个人原因断缴:窗口或线上平台补缴', { quote: '前往医保经办机构窗口或线上平台', kind: 'route', status: 'flexible' }),
  entry(4, '滞纳金按日万分之五', { quote: '万分之五', says: ['万分之五'] }),
  entry(4, '部分地区只允许补缴近3个月,超期重新参保', { quote: '部分地区允许补缴近3个月费用', limit: { step: 'backpay-window', max: 3 } }),
  entry(4, '灵活就业:部分城市允许补缴近3个月', { quote: '灵活就业人员补缴', status: 'flexible' }),
  entry(4, '退休前可一次性补缴至规定年限(如15年)', { quote: '一次性补缴至法规年限', says: ['15年'] }),
  entry(4, '部分地区补缴成功后次月恢复', { quote: '部分地区补缴成功后次月恢复', says: ['次月'] }),
  entry(4, '断缴超3个月补缴可能等待1-6个月', { quote: '断缴超3个月再补缴', limit: { step: 'waiting-period', max: 6 } }),
  entry(4, '断缴超3个月连续参保年限重算,影响最高报销额度(同文另说超6个月)', { quote: '连续参保年限重新计算', says: ['最高额度', '超过6个月'] }),
  entry(4, '补缴需身份证、社保卡、劳动关系证明', { quote: '劳动关系证明', kind: 'caveat' }),
  entry(4, '补缴前咨询当地', { quote: '补缴前咨询当地医保部门', kind: 'caveat' }),
  entry(4, '示例:张先生单位漏缴2个月,次月恢复,可追溯报销', { quote: '张先生', kind: 'experience', status: 'employed' }),
  entry(4, '示例:李女士灵活就业断缴4个月,等待6个月', { quote: '李女士', kind: 'experience', status: 'flexible', limit: { step: 'waiting-period', max: 6 } }),
  entry(4, '补缴金额=月数×上年度职工月平均工资×10%-12%', { quote: '上年度职工月平均工资', says: ['10%–12%'] }),
  entry(4, '断缴不会让以前缴费白交,年限仍有效可累计', { quote: '断交之前的缴费年限也仍然有效', topic: 'contribution-years' }),
  entry(4, '医保资金由个人缴费和补贴组成,分别计入统筹基金和个人账户', { quote: '统筹基金账户和个人账户', says: ['统筹基金', '补贴'] }),
  entry(4, '断缴期间无法享受待遇,费用自付', { quote: '在断交期间,参保者将无法享受医保待遇', says: ['自付'] }),
  entry(4, '断缴影响购房、购车、落户等', { quote: '比如购房、购车、落户等', says: ['购房'] }),
  entry(4, '断交超三个月可能需重新参保并连续缴费约六个月', { quote: '连续缴费满一定期限(如六个月)', says: ['六个月'] }),
  entry(4, '尽量保持连续缴纳,确需断交尽快补缴', { quote: '尽量保持医疗保险的连续缴纳', kind: 'caveat' }),
  entry(4, '以当地法规为准', { quote: '数据仅供参考', kind: 'caveat' }),
];

export const SEED_FACTS: ChecklistEntry[] = [...S0, ...S1, ...S2, ...S3, ...S4];

import type { Source } from './schema';

// Documents cited as evidence, each as the copy that was actually opened (research pass 2026-12-02,
// ../research/facts/sources.json; no page on nhsa.gov.cn or gov.cn could be opened). `kind` fixes the
// evidence level (lib/rules/evidence.ts): law / national / local-law / local-guide are official, press and
// web are article reports. A national text read only in a press summary is a press source, not official.
// `quote` is a short exact phrase of the copy read, so the passage can be found again.

type DocumentSource = Extract<Source, { document: string }>;
const doc = (source: DocumentSource): Source => source;

// ------------------------------------------------ 《中华人民共和国社会保险法》 (full text, law repository)

const SIL_URL = 'https://github.com/LawRefBook/Laws/blob/2f4c5c23716267af9dbebbbbd6cbbf732b101981/社会法/社会保险法(2018-12-29).md';
const SIL = { issuer: '全国人民代表大会常务委员会', date: '2018-12-29', url: SIL_URL, kind: 'law', copy: 'law-repo' } as const;

export const SIL_ART23 = doc({ ...SIL, document: '《中华人民共和国社会保险法》第二十三条', quote: '其他灵活就业人员可以参加职工基本医疗保险' });
export const SIL_ART27 = doc({ ...SIL, document: '《中华人民共和国社会保险法》第二十七条', quote: '可以缴费至国家规定年限' });
export const SIL_ART32 = doc({ ...SIL, document: '《中华人民共和国社会保险法》第三十二条', quote: '其基本医疗保险关系随本人转移，缴费年限累计计算' });
export const SIL_ART86 = doc({ ...SIL, document: '《中华人民共和国社会保险法》第八十六条', quote: '按日加收万分之五的滞纳金' });

/** 《社会保险经办条例》 (国务院, 2023-08-16, in force 2023-12-01), full text in the law repository. */
export const JINGBAN_ART16 = doc({
  document: '《社会保险经办条例》第十六条',
  issuer: '国务院',
  date: '2023-08-16',
  url: 'https://github.com/LawRefBook/Laws/blob/2f4c5c23716267af9dbebbbbd6cbbf732b101981/行政法规/社会保险经办条例(2023-08-16).md',
  kind: 'law',
  copy: 'law-repo',
});

// ------------------------------------------------ 医保办发〔2021〕43号 《基本医疗保险关系转移接续暂行办法》
// Issued 2021-11-01 by 国家医保局办公室 and 财政部办公厅. No complete copy was found; its effective date
// (施行日期) was not found either. Arts. 1–3 were read in a repost; the procedure and application
// articles in verbatim quotations on third-party pages (article numbers not shown there).

const M43 = { issuer: '国家医疗保障局办公室、财政部办公厅', date: '2021-11-01', kind: 'national', copy: 'repost' } as const;

export const M43_ART2 = doc({
  ...M43,
  document: '《基本医疗保险关系转移接续暂行办法》(医保办发〔2021〕43号)第二条',
  url: 'http://www.gardenhomesupplies.com/sxzhuanke/HTML/11556766.html',
  quote: '不含退休人員',
});
export const M43_ART3 = doc({
  ...M43,
  document: '《基本医疗保险关系转移接续暂行办法》(医保办发〔2021〕43号)第三条',
  url: 'http://www.gardenhomesupplies.com/sxzhuanke/HTML/11556766.html',
  quote: '負責組織實施跨省和省內跨',
});
export const M43_PROCEDURE = doc({
  ...M43,
  document: '《基本医疗保险关系转移接续暂行办法》(医保办发〔2021〕43号)办理手续条文',
  url: 'http://m.hunanyuer.com/baike/techan/704636.html',
  quote: '转出地经办机构10个工作日内完成基本医疗保险关系转出',
});
export const M43_APPLY = doc({
  ...M43,
  document: '《基本医疗保险关系转移接续暂行办法》(医保办发〔2021〕43号)申请与校验条文',
  url: 'http://m.hunanyuer.com/baike/techan/201222.html',
  quote: '也可通过线下方式在转入地或转出地经办机构窗口申请',
});
/** The measures' benefit-linking article (第十一条 per Jiangsu) was read only in 新华社's summary. */
export const M43_XINHUA = doc({
  document: '新华社：两部门联合印发基本医疗保险关系转移接续暂行办法（待遇衔接）',
  issuer: '新华社',
  date: '2021-11-29',
  url: 'https://www.gyxww.net/content/20211129/3350.html',
  kind: 'press',
  copy: 'repost',
  quote: '中断期间的待遇可追溯享受',
});
export const M43_JIANGSU = doc({
  document: '江苏省医疗保障局转发《基本医疗保险关系转移接续暂行办法》的通知（第三方摘要）',
  issuer: '江苏省医疗保障局（ccschy 摘要）',
  date: '2022-03-27',
  url: 'https://img.ccschy.com/news/27329.html',
  kind: 'web',
  copy: 'repost',
  quote: '基本医疗保险待遇按各统筹地区规定执行',
});
export const M43_WEIHAI = doc({
  document: '威海职工医保办理转移接续前中断缴费怎么办（第三方转述）',
  issuer: '威海医保口径（bbbaike 转述）',
  date: '2022-10-13',
  url: 'http://bbbaike.com/baike/techan/861164.html',
  kind: 'web',
  copy: 'repost',
  quote: '原则上待遇享受等待期不超过6个',
});

// ------------------------------------------------ local 医保局 guides

export const QINGHAI_QA = doc({
  document: '青海医保：参保关系如何跨省转移接续（问答）',
  issuer: '青海省医疗保障局（si12333.cn 转载）',
  date: '2023-05-05',
  url: 'https://si12333.cn/qa/mucsc.html',
  kind: 'web',
  copy: 'repost',
  quote: '可由转入地、转出地任意一方发起申请',
});
export const BENXI_GUIDE = doc({
  document: '基本医疗保险关系转移接续办事指南',
  issuer: '本溪市医疗保障事务服务中心',
  url: 'https://b476.benxi.gov.cn/bszn/content_530362',
  kind: 'local-guide',
  copy: 'original',
  quote: '选择转出或转入地',
});
export const XUZHOU_QA = doc({
  document: '徐州医保问答：原来在外地参保，如何把医保关系转入徐州市',
  issuer: '徐州市医疗保障局（第三方转载）',
  url: 'http://senqingzn.com/dy/article/JQSAM7IQ0514AVBG.html',
  kind: 'web',
  copy: 'repost',
  quote: '江蘇省-徐州市',
});
export const QUANZHOU_GUIDE = doc({
  document: '基本医疗保险关系转移接续事项（转入手续办理）',
  issuer: '泉州市丰泽区政务服务（qzfz.gov.cn）',
  date: '2022-11-26',
  url: 'http://qzfz.gov.cn/wsbs/ztfw/sb/yilbx/202211/t20221126_2806640.htm',
  kind: 'local-guide',
  copy: 'original',
  quote: '跨省网上转移不再需要提供参保凭证',
});
export const HAIXI_GUIDE = doc({
  document: '基本医疗保险关系转移接续（海西州）',
  issuer: '海西州医疗保障局（青海省医疗保障局网站）',
  date: '2025-03-21',
  url: 'http://ybj.qinghai.gov.cn/20250321/1ce297f4d9274e12996336e77054f26b/c.html',
  kind: 'local-guide',
  copy: 'original',
});

// ------------------------------------------------ 国办发〔2024〕38号 《关于健全基本医疗保险参保长效机制的指导意见》
// Its issue date (2024-07-26) was not seen first-hand, so no date is given. The operative paragraphs were
// read as verbatim quotations on third-party pages and in one city's official Q&A.

export const G38_WAITING = doc({
  document: '《关于健全基本医疗保险参保长效机制的指导意见》(国办发〔2024〕38号)待遇等待期条文',
  issuer: '国务院办公厅（hsgd.net.cn 引述原文）',
  url: 'http://m.hsgd.net.cn/page86.html?article_id=118814',
  kind: 'national',
  copy: 'repost',
  quote: '设置参保后固定待遇等待期3个月',
});
export const G38_INCENTIVES = doc({
  document: '《关于健全基本医疗保险参保长效机制的指导意见》(国办发〔2024〕38号)参保激励条文',
  issuer: '国务院办公厅（thch813.com 引述原文）',
  date: '2024-10-31',
  url: 'https://thch813.com/archiver/tid-276115.html',
  kind: 'national',
  copy: 'repost',
  quote: '原则上每次提高限额均不低于1000元',
});
export const XUCHANG_QA = doc({
  document: '政策问答：居民医保待遇等待期如何计算',
  issuer: '许昌市医疗保障局',
  date: '2026-01-08',
  url: 'https://xuchang.gov.cn/zcwdpt/039025/20260108/c106f82f-6d5d-423b-9200-de352208f5b7.html',
  kind: 'local-guide',
  copy: 'original',
  quote: '医保基金不支付固定待遇等待期和变动等待期期间发生的医疗费用',
});

// ------------------------------------------------ personal account: crediting and family sharing

/** The 2020-08-26 nhsa.gov.cn text quoted on V2EX: before the April 2021 guidance, very probably its draft. */
export const ACCOUNT_CREDIT_2020 = doc({
  document: '国家医疗保障局 2020-08-26 个人账户计入办法（征求意见阶段文本，经 V2EX 引用）',
  issuer: '国家医疗保障局（V2EX 引用）',
  date: '2020-08-26',
  url: 'https://v2ex.com/amp/t/702010',
  kind: 'web',
  copy: 'repost',
  quote: '计入标准原则上控制在本人参保缴费基数的 2%以内',
});
export const RETIREE_CREDIT_REPOST = doc({
  document: '国家医疗保障局答复：改进个人账户计入办法（第三方转载）',
  issuer: '国家医疗保障局（yzzsnet 转载）',
  date: '2022-03-29',
  url: 'http://yzzsnet.com/techan/41818.html',
  kind: 'web',
  copy: 'repost',
  quote: '按定額劃入',
});
export const SHARING_2021_NEWS = doc({
  document: '职工医保迎来重大变化（南风窗，引述经济日报对国办发〔2021〕14号的报道）',
  issuer: '南风窗',
  date: '2021-05-23',
  url: 'https://www.fx361.com/page/2021/0523/8380797.shtml',
  kind: 'press',
  copy: 'repost',
  quote: '本人及其配偶、父母、子女在定点医疗机构就医发生的由个人负担的医疗费用',
});
export const SICHUAN_SHARING = doc({
  document: '职工医保个人账户家庭共济可以共济支付的范围是什么',
  issuer: '四川省医疗保障局',
  date: '2025-07-04',
  url: 'http://ylbzj.sc.gov.cn/scsybj/nc030603/2025/7/4/30cd35203b134f4eac35d0c21f108564.shtml',
  kind: 'local-guide',
  copy: 'original',
  quote: '近亲属包括配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女',
});
export const SHARING_2024_CCTV = doc({
  document: '健全基本医疗保险参保长效机制：职工医保个人账户可与近亲属共济',
  issuer: '央视新闻（转载）',
  date: '2024-08-03',
  url: 'https://gahuan.com/society/11788.html',
  kind: 'press',
  copy: 'repost',
  quote: '职工医保个人账户可以用于本人近亲属缴纳居民医保的费用',
});
export const SHARING_2024_XINHUA = doc({
  document: '职工医保个账省内共济全覆盖',
  issuer: '新华社（引述国家医保局）',
  date: '2024-11-26',
  url: 'http://m.1000cx.com/msht/detail/20241127/1000200033136251732668973111951545_1.html',
  kind: 'press',
  copy: 'repost',
  quote: '23個省份已將共濟范圍擴大至',
});
export const WALLET_QINAN = doc({
  document: '医保钱包使用指南',
  issuer: '秦安县人民政府',
  url: 'http://www.qinan.gov.cn/info/11672/1253662.htm',
  kind: 'local-guide',
  copy: 'original',
  quote: '每个医保钱包账户单日限额三笔转账',
});
export const WALLET_YANTAI = doc({
  document: '医保钱包跨省共济（据国家医保局信息）',
  issuer: '烟台晚报',
  date: '2025-09-18',
  url: 'https://www.shm.com.cn/szb/ytwb/paper/pc/content/202509/18/content_244618.html',
  kind: 'press',
  copy: 'original',
  quote: '近亲属之间(含跨省)',
});
export const CROSS_PROVINCE_SHARING_2026 = doc({
  document: '新华社权威快报：医保个人账户跨省共济（《关于做好职工基本医疗保险个人账户跨省共济工作的通知》）',
  issuer: '新华社（参考消息网转载）',
  date: '2026-01-11',
  url: 'https://us.usy7.cc/usy0109MkY01s6.doc',
  kind: 'press',
  copy: 'repost',
  quote: '参保人医保关系变动时该关系自动解除',
});

// ------------------------------------------------ retirees who move: filing instead of transferring

export const SHANGHAI_REG_ART46 = doc({
  document: '《上海市医疗保障条例》第四十六条',
  issuer: '上海市人民代表大会常务委员会',
  date: '2024-12-31',
  url: 'https://github.com/LawRefBook/Laws/blob/2f4c5c23716267af9dbebbbbd6cbbf732b101981/DLC/上海地方法规/地方性法规/上海/上海市医疗保障条例(2024-12-31).md',
  kind: 'local-law',
  copy: 'law-repo',
  quote: '应当按照规定办理异地就医备案手续',
});
export const M22_SUMMARY = doc({
  document: '《关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》(医保发〔2022〕22号)人员范围（第三方转述）',
  issuer: '第三方网页（ccschy）',
  date: '2022-09-20',
  url: 'https://img.ccschy.com/techan/210746.html',
  kind: 'web',
  copy: 'repost',
  quote: '包括异地安置退休人员',
});

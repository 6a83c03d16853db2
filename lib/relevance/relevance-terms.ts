/**
 * Words a reader of a 社保/医保 page meets, weighted by how much each says the page is about social
 * insurance, and words of the neighbouring fields that borrow its vocabulary (commercial insurance,
 * tax, hiring, fiction). Traditional forms are listed because reposted pages are often converted.
 */
export interface WeightedTerm {
  readonly text: string;
  readonly weight: number;
}

const term = (weight: number, ...texts: string[]): WeightedTerm[] => texts.map((text) => ({ text, weight }));

/** Social-insurance words. Weight 3: names the system itself; 2: its procedures; 1: common in it, common elsewhere too. */
export const INSURANCE_TERMS: readonly WeightedTerm[] = [
  ...term(3, '医保', '社保', '医疗保险', '养老保险', '失业保险', '工伤保险', '生育保险', '社会保险', '医疗保障', '社会保障卡',
    '城乡居民基本', '职工基本', '人社局', '医保局', '社保局', '人力资源和社会保障', '人力资源社会保障', '医疗保障局',
    '醫保', '醫療保險', '養老保險', '社會保險', '醫療保障', '社會保障'),
  ...term(2, '参保', '缴费年限', '养老金', '失业金', '生育津贴', '异地就医', '转移接续', '个人账户', '统筹基金', '经办机构',
    '断缴', '补缴', '视同缴费', '退休人员', '城乡居民', '定点医疗机构', '门诊特病', '慢特病', '大病保险', '医保电子凭证',
    '参保凭证', '灵活就业', '异地安置', '关系转移', '待遇领取', '參保', '養老金', '繳費年限', '異地就醫'),
  ...term(1, '缴费', '报销', '备案', '待遇', '退休', '五险一金', '退休金', '住院', '门诊', '结算', '缴纳', '繳費', '報銷'),
];

/** Words of fields that look like ours on the surface; each one found lowers the score. */
export const OTHER_FIELD_TERMS: readonly WeightedTerm[] = [
  ...term(3, '商业保险', '商业险', '百万医疗', '重疾险', '车险', '交强险', '存款保险', '第三者责任险', '保险公司', '个税', '個稅',
    '个人所得税', '專項附加扣除', '专项附加扣除', '岗位职责', '职位描述', '其它小说', '小说连载', '精彩小说'),
  ...term(2, '投保', '理赔', '保单', '保额', '惠民保', '退税', '招聘', '薪资', '月薪', '章节', '游记', '景点', '门票', '菜谱',
    '楼盘', '房价', '储蓄', '存期', '高考', '志愿填报', '比赛', '积分榜'),
];

/**
 * Words a reader of a 社保/医保 page meets, weighted by how much each says the page is about social
 * insurance, and words of the neighbouring fields that borrow its vocabulary (commercial insurance,
 * tax, hiring, fiction). Simplified forms only: the text is folded to simplified first
 * (RelevanceInput.fold, the detector's table), so converted reposts match the same words.
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
    '新农合', '合作医疗', '长期护理保险', '长护险'),
  ...term(2, '参保', '社会保障', '缴费年限', '养老金', '失业金', '生育津贴', '异地就医', '转移接续', '个人账户', '统筹基金', '经办机构',
    '断缴', '补缴', '视同缴费', '退休人员', '城乡居民', '定点医疗机构', '门诊特病', '慢特病', '大病保险', '医保电子凭证',
    '参保凭证', '灵活就业', '异地安置', '关系转移', '待遇领取', '缴费基数', '缴费档次', '医疗救助', '起付线', '12333'),
  ...term(1, '缴费', '报销', '备案', '待遇', '退休', '五险一金', '退休金', '住院', '门诊', '结算', '缴纳'),
];

/** Words of fields that look like ours on the surface; each one found lowers the score. */
export const OTHER_FIELD_TERMS: readonly WeightedTerm[] = [
  ...term(3, '商业保险', '商业险', '百万医疗', '重疾险', '车险', '交强险', '存款保险', '第三者责任险', '保险公司', '个税',
    '个人所得税', '专项附加扣除', '岗位职责', '职位描述', '其它小说', '小说连载', '精彩小说', '被保险人', '免赔额', '核保'),
  ...term(2, '投保', '理赔', '保单', '保额', '保费', '惠民保', '退税', '招聘', '薪资', '月薪', '章节', '游记', '景点', '门票', '菜谱',
    '楼盘', '房价', '储蓄', '存期', '高考', '志愿填报', '比赛', '积分榜'),
];

/**
 * A scheme word inside a commercial product's name (百万重疾医疗保险, 商业养老保险, 团体意外险) names
 * the product, not the social scheme: such compounds are read as 商业险 before the words are counted.
 */
export const COMMERCIAL_COMPOUND = /(?:商业|百万|重疾|重大疾病|高端|团体|意外)(?:医疗|养老|健康)?(?:保险|险)/g;

import type { Source } from './schema';

/** Verified national documents cited next to the seeds (checked against public copies; see report). */
export const TRANSFER_MEASURES: Source = {
  document: '《基本医疗保险关系转移接续暂行办法》(医保办发〔2021〕43号)',
  issuer: '国家医疗保障局办公室、财政部办公厅',
  date: '2021-11-01',
};

export const SOCIAL_INSURANCE_LAW_ART32: Source = {
  document: '《中华人民共和国社会保险法》第三十二条',
  issuer: '全国人民代表大会常务委员会',
  date: '2010-10-28',
};

/**
 * What kind of site a host is, as far as its name says: an insurance authority (医保局 / 人社 /
 * 社保 hosts under gov.cn), another government site, news, Q&A, or anything else.
 */
export type HostKind = 'insurance-authority' | 'government' | 'news' | 'qa' | 'other';

const AUTHORITY_LABEL = /^(hsa|ybj|ybjj|yb|ylbz|rsj|rst|hrss|rlsbj|rlzysb|rsgz|si|sbj|shebao|12333)$/;
const NEWS_HOST = /(^|\.)(news|xinwen)\.|(^|\.)(people|xinhuanet|news\.cn|cnr|chinanews|thepaper|sina|163|qq|sohu|ifeng|cctv|china|gmw|cri)\.(com|cn|com\.cn)$/;
const QA_HOST = /(^|\.)(zhidao\.baidu|zhihu|110ask|64365|wenda|ask|iask|wukong)\./;

export function hostKind(host: string): HostKind {
  const h = host.toLowerCase().replace(/\.$/, '');
  const labels = h.split('.');
  if (h.endsWith('.gov.cn')) {
    return labels.slice(0, -2).some((l) => AUTHORITY_LABEL.test(l)) ? 'insurance-authority' : 'government';
  }
  if (QA_HOST.test(`${h}.`)) return 'qa';
  if (NEWS_HOST.test(h)) return 'news';
  return 'other';
}

import type { TopicId } from '../../data/schema';

export type PageCase = 'intra-province' | 'cross-province';

/**
 * Which transfer case the page is talking about where a place is named: its sentence decides, else
 * its paragraph; a passage that names both cases (or neither) decides nothing. "广东省方案:省内跨市
 * 转移…" is about moving within 广东, so that 广东's card leads with the intra-province rule.
 */
export function pageCaseNear(sentence: readonly TopicId[] | undefined, paragraph: readonly TopicId[] | undefined): PageCase | undefined {
  for (const topics of [sentence, paragraph]) {
    if (!topics) continue;
    const intra = topics.includes('intra-province');
    const cross = topics.includes('cross-province');
    if (intra !== cross) return intra ? 'intra-province' : 'cross-province';
    if (intra) return undefined;
  }
  return undefined;
}

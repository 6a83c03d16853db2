/**
 * The place a page is about, from its title or headline: 荆门医保卡个人余额怎么跨转移到异地 → 荆门.
 * A compound names the most specific part (江西九江 → 九江, in 江西).
 */
import type { Region } from '../../data/schema';
import { LEVEL_RANK } from '../regions/levels';

export interface Subject {
  readonly code: string;
  readonly name: string;
  readonly level: Region['level'];
  readonly province: string;
  readonly prefecture?: string;
  readonly from: 'title' | 'headline';
  /** The words as written in the title or headline. */
  readonly text: string;
}

interface PlaceMentionLike {
  readonly kind: string;
  readonly text: string;
  readonly region?: { code: string; name: string; level: Region['level']; province: string; prefecture?: string };
  readonly linkedTo?: number;
}

export function pickSubject(mentions: readonly PlaceMentionLike[], from: Subject['from']): Subject | undefined {
  const first = mentions.findIndex((m) => m.kind === 'place' && m.region);
  if (first < 0) return undefined;
  let best = mentions[first]!;
  // Follow the compound chain (江西 → 九江) to its most specific member.
  for (let m: PlaceMentionLike | undefined = best; m?.linkedTo !== undefined; ) {
    const next: PlaceMentionLike | undefined = mentions[m.linkedTo];
    if (!next?.region || LEVEL_RANK[next.region.level] <= LEVEL_RANK[m.region!.level]) break;
    best = next;
    m = next;
  }
  const r = best.region!;
  return {
    code: r.code,
    name: r.name,
    level: r.level,
    province: r.province,
    ...(r.prefecture ? { prefecture: r.prefecture } : {}),
    from,
    text: best.text,
  };
}

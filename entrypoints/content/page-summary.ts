import type { MentionIndex } from './mention-index';

/** What the toolbar badge and popup need to know about this frame's page. */
export interface PageSummary {
  subject: { code: string; name: string } | null;
  places: { code: string; name: string; count: number }[];
  topics: { id: string; count: number }[];
  claims: { id: string; count: number }[];
  total: number;
}

export function summarize(index: MentionIndex, subject: PageSummary['subject']): PageSummary {
  const places: PageSummary['places'] = [];
  const topics: PageSummary['topics'] = [];
  const claims: PageSummary['claims'] = [];
  let total = 0;
  for (const { mention, count } of index.summary()) {
    total += count;
    if (mention.kind === 'place') places.push({ code: mention.id, name: mention.name, count });
    else if (mention.kind === 'topic') topics.push({ id: mention.id, count });
    else claims.push({ id: mention.id, count });
  }
  const byCount = (a: { count: number }, b: { count: number }) => b.count - a.count;
  return { subject, places: places.sort(byCount), topics: topics.sort(byCount), claims: claims.sort(byCount), total };
}

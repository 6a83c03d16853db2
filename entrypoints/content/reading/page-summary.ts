import type { PageSummary } from '../../../lib/messaging/messages';
import type { TopicId } from '../../../data/schema';
import type { MentionIndex } from '../highlights/mention-index';

/** This frame's mentions as the badge and popup want them (lib/messaging/messages.ts PageSummary). */
export function summarize(index: MentionIndex, subject: string | null): PageSummary {
  const places: PageSummary['places'] = [];
  const topics: PageSummary['topics'] = [];
  const claims: PageSummary['claims'] = [];
  let total = 0;
  for (const { mention, count } of index.summary()) {
    total += count;
    if (mention.kind === 'place') places.push({ code: mention.id, name: mention.region?.name ?? mention.name, count });
    else if (mention.kind === 'topic') topics.push({ id: mention.id as TopicId, count });
    else claims.push({ id: mention.id, count });
  }
  const byCount = (a: { count: number }, b: { count: number }) => b.count - a.count;
  return { subject, places: places.sort(byCount), topics: topics.sort(byCount), claims: claims.sort(byCount), total };
}

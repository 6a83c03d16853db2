import type { Mention, MentionKind } from '../lib/detector';

/**
 * The content of the hover card for one mention. The card host (content script) renders this inside
 * its frame; the full place / topic / stale-claim cards replace the minimal body below.
 */
export type CardMention = Mention;

export interface CardContext {
  language: 'zh-CN' | 'en';
  /** Region code of the place the page is about, when the page has one. */
  subject: string | null;
  /** Official name of a region code, for the province line of a city. */
  regionName(code: string): string | undefined;
}

const KIND_LABEL: Record<MentionKind, { 'zh-CN': string; en: string }> = {
  place: { 'zh-CN': '地名', en: 'Place' },
  topic: { 'zh-CN': '政策主题', en: 'Policy topic' },
  'stale-claim': { 'zh-CN': '可能过时的说法', en: 'Possibly outdated claim' },
};

export function kindLabel(kind: MentionKind, language: CardContext['language']): string {
  return KIND_LABEL[kind][language];
}

export function CardBody({ mention, context }: { mention: CardMention; context: CardContext }) {
  const zh = context.language === 'zh-CN';
  const region = mention.region;
  const province = region && region.province !== region.code ? context.regionName(region.province) : undefined;
  return (
    <div class="card-body">
      <dl class="facts">
        {region && (
          <>
            <dt>{zh ? '地区' : 'Region'}</dt>
            <dd>{region.name}</dd>
          </>
        )}
        {province && (
          <>
            <dt>{zh ? '所属省份' : 'Province'}</dt>
            <dd>{province}</dd>
          </>
        )}
        {!region && (
          <>
            <dt>{zh ? '含义' : 'Means'}</dt>
            <dd>{mention.name}</dd>
          </>
        )}
      </dl>
    </div>
  );
}

/**
 * The content of the hover card for one mention. The card host (content script) renders this inside
 * its frame; the full place / topic / stale-claim cards replace the minimal body below.
 */
export type CardMentionKind = 'place' | 'topic' | 'stale-claim';

export interface CardMention {
  kind: CardMentionKind;
  id: string;
  /** The text as written in the page. */
  name: string;
  region?: string;
  province?: string;
}

export interface CardContext {
  language: 'zh-CN' | 'en';
  /** The place the page is mainly about, when the page has one. */
  subject?: { code: string; name: string };
  /** Official name of a region code, for the province line of a city. */
  regionName(code: string): string | undefined;
}

const KIND_LABEL: Record<CardMentionKind, { 'zh-CN': string; en: string }> = {
  place: { 'zh-CN': '地名', en: 'Place' },
  topic: { 'zh-CN': '政策主题', en: 'Policy topic' },
  'stale-claim': { 'zh-CN': '可能过时的说法', en: 'Possibly outdated claim' },
};

export function kindLabel(kind: CardMentionKind, language: CardContext['language']): string {
  return KIND_LABEL[kind][language];
}

export function CardBody({ mention, context }: { mention: CardMention; context: CardContext }) {
  const zh = context.language === 'zh-CN';
  const regionName = mention.region ? context.regionName(mention.region) : undefined;
  const provinceName =
    mention.province && mention.province !== mention.region ? context.regionName(mention.province) : undefined;
  return (
    <div class="card-body">
      {mention.kind === 'place' && (
        <dl class="facts">
          {regionName && (
            <>
              <dt>{zh ? '地区' : 'Region'}</dt>
              <dd>{regionName}</dd>
            </>
          )}
          {provinceName && (
            <>
              <dt>{zh ? '所属省份' : 'Province'}</dt>
              <dd>{provinceName}</dd>
            </>
          )}
        </dl>
      )}
      {mention.kind !== 'place' && <p>{mention.id}</p>}
    </div>
  );
}

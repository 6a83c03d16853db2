import { useState } from 'preact/hooks';
import type { Claim, Localized } from '../../data/schema';
import type { JumpToReply, MentionKind, PageSummary } from '../../lib/messaging/messages';
import { pick, t, type Lang } from '../../lib/i18n/translate';

export type PageState = 'ok' | 'unavailable' | 'not-scanned' | 'off' | 'unsupported';

const NOTICE = {
  unavailable: 'summary.unavailable',
  off: 'summary.off',
  'not-scanned': 'summary.notScanned',
  unsupported: 'summary.unsupported',
  ok: 'summary.notScanned',
} as const;

export interface PageSummaryViewProps {
  lang: Lang;
  state: PageState;
  summary: PageSummary | null;
  placeName: (code: string) => string | null;
  topicLabel: (id: string) => Localized | null;
  claimOf: (id: string) => Claim | null;
  onJump: (kind: MentionKind, id: string) => Promise<JumpToReply | null>;
}

interface Item {
  kind: MentionKind;
  id: string;
  name: string;
  count: number;
  detail?: { says: string; holds: string };
}

/** What the current tab is about, with each place/topic/claim a button that scrolls to its next mention. */
export function PageSummaryView({ lang, state, summary, placeName, topicLabel, claimOf, onJump }: PageSummaryViewProps) {
  const [status, setStatus] = useState('');
  if (state !== 'ok' || !summary) {
    return <p class="sl-notice" role="status">{t(lang, NOTICE[state])}</p>;
  }
  if (summary.total === 0) return <p class="sl-notice" role="status">{t(lang, 'summary.none')}</p>;

  const groups: { key: 'summary.places' | 'summary.topics' | 'summary.claims'; items: Item[] }[] = [
    {
      key: 'summary.claims',
      items: summary.claims.map((c) => {
        const claim = claimOf(c.id);
        return {
          kind: 'claim' as const,
          id: c.id,
          count: c.count,
          name: claim ? pick(lang, claim.says) : c.id,
          ...(claim ? { detail: { says: pick(lang, claim.says), holds: pick(lang, claim.holds) } } : {}),
        };
      }),
    },
    { key: 'summary.places', items: summary.places.map((p) => ({ kind: 'place' as const, id: p.code, name: placeName(p.code) ?? p.name, count: p.count })) },
    {
      key: 'summary.topics',
      items: summary.topics.map((tp) => {
        const label = topicLabel(tp.id);
        return { kind: 'topic' as const, id: tp.id, name: label ? pick(lang, label) : tp.id, count: tp.count };
      }),
    },
  ];

  const jump = async (item: Item) => {
    const reply = await onJump(item.kind, item.id);
    setStatus(reply?.found ? t(lang, 'summary.jumped', { index: reply.index, count: reply.count }) : t(lang, 'summary.jumpFailed'));
  };

  const subject = summary.subject ? placeName(summary.subject) : null;
  return (
    <section class="sl-summary" aria-labelledby="sl-summary-title">
      <h2 id="sl-summary-title">{t(lang, 'summary.title')}</h2>
      <p class="sl-subject">{subject ? t(lang, 'summary.subject', { place: subject }) : t(lang, 'summary.noSubject')}</p>
      <p class="sl-muted">
        {t(lang, 'summary.total', { count: summary.total })} · {t(lang, 'summary.jumpHint')}
      </p>
      {groups
        .filter((g) => g.items.length > 0)
        .map((g) => (
          <div class={`sl-group sl-group-${g.key.split('.')[1]}`} key={g.key}>
            <h3>{t(lang, g.key)}</h3>
            <ul>
              {g.items.map((item) => (
                <li key={`${item.kind}:${item.id}`}>
                  <button
                    type="button"
                    class={`sl-mention sl-mention-${item.kind}`}
                    data-kind={item.kind}
                    data-id={item.id}
                    title={t(lang, 'summary.jumpTo', { name: item.name, count: item.count })}
                    onClick={() => void jump(item)}
                  >
                    <span class="sl-mention-name">{item.name}</span>
                    <span class="sl-count">{t(lang, 'summary.count', { count: item.count })}</span>
                  </button>
                  {item.detail && <p class="sl-claim-holds">{t(lang, 'summary.claimHolds', { holds: item.detail.holds })}</p>}
                </li>
              ))}
            </ul>
          </div>
        ))}
      <p class="sl-jump-status" role="status" aria-live="polite">{status}</p>
    </section>
  );
}

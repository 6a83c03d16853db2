import { useRef, useState } from 'preact/hooks';
import { DATASET_META } from '../../data/dataset-meta';
import type { Bundle } from '../../lib/bundle/popup-data';
import { t, type Lang } from '../../lib/i18n/translate';
import { regionLabel } from '../../lib/regions/region-label';
import type { JumpToReply, MentionKind, PageSummary } from '../../lib/messaging/messages';
import type { Settings } from '../../lib/settings/settings';
import { GapHelperView } from './gap-helper-view';
import { PageSummaryView, type PageState } from './page-summary-view';
import { QuickToggles } from './quick-toggles';
import { RelevanceNotice } from './relevance-notice';
import { TransferPlanner } from './transfer-planner';

export type PopupTab = 'page' | 'planner' | 'gap';
const TABS: PopupTab[] = ['page', 'planner', 'gap'];

export interface PopupViewProps {
  lang: Lang;
  bundle: Bundle;
  today: string;
  settings: Settings;
  settingsProblem?: string | undefined;
  page: { state: PageState; summary: PageSummary | null; site: string | null };
  onJump: (kind: MentionKind, id: string) => Promise<JumpToReply | null>;
  onSettings: (next: Settings) => Promise<void>;
  onOpenOptions: () => void;
  /** Asks the tab to mark itself although it was judged not about social insurance. */
  onMarkAnyway: () => Promise<boolean>;
  initialTab?: PopupTab;
}

/** The toolbar popup: what this page is about, the transfer planner and the gap helper, as ARIA tabs. */
export function PopupView(props: PopupViewProps) {
  const { lang, bundle, today, settings, page } = props;
  const [tab, setTab] = useState<PopupTab>(props.initialTab ?? (page.state === 'unavailable' ? 'planner' : 'page'));
  const tabRefs = useRef<Partial<Record<PopupTab, HTMLButtonElement | null>>>({});
  const { regions } = bundle;

  const select = (next: PopupTab, focus = false) => {
    setTab(next);
    if (focus) tabRefs.current[next]?.focus();
  };
  const onTabKey = (event: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const move = { ArrowRight: 1, ArrowLeft: -1, Home: -i, End: TABS.length - 1 - i }[event.key];
    if (move === undefined) return;
    event.preventDefault();
    select(TABS[(i + move + TABS.length) % TABS.length]!, true);
  };

  const subject = page.summary?.subject ?? null;
  return (
    <main class="sl-popup">
      <header class="sl-header">
        <h1>
          社保透镜 <span lang="en">Shebao Lens</span>
        </h1>
        <p class="sl-muted sl-dataset">
          {t(lang, 'app.dataVersion', { version: DATASET_META.version })} · <time dateTime={DATASET_META.updated}>{DATASET_META.updated}</time>
        </p>
        <button type="button" class="sl-link" onClick={props.onOpenOptions}>
          {t(lang, 'nav.settings')}
        </button>
      </header>
      {props.settingsProblem && (
        <p class="sl-warning" role="alert">
          {t(lang, 'settings.problem', { problem: props.settingsProblem })}
        </p>
      )}
      <div role="tablist" aria-label={t(lang, 'nav.tabs')} class="sl-tabs" onKeyDown={onTabKey}>
        {TABS.map((name) => (
          <button
            key={name}
            ref={(el) => void (tabRefs.current[name] = el)}
            type="button"
            role="tab"
            id={`sl-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`sl-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => select(name)}
          >
            {t(lang, `tab.${name}`)}
          </button>
        ))}
      </div>
      <section role="tabpanel" id="sl-panel-page" aria-labelledby="sl-tab-page" hidden={tab !== 'page'} class="sl-panel">
        {page.state === 'ok' && page.summary?.quiet ? (
          <RelevanceNotice
            lang={lang}
            site={page.site}
            onMarkAnyway={props.onMarkAnyway}
            onAlwaysOn={(site) => props.onSettings({ ...settings, alwaysOnHosts: [...settings.alwaysOnHosts.filter((h) => h !== site), site] })}
          />
        ) : (
        <PageSummaryView
          lang={lang}
          state={page.state}
          summary={page.summary}
          placeName={(code) => {
            const region = regions.byCode(code);
            return region ? regionLabel(lang, region) : null;
          }}
          topicLabel={(id) => bundle.topics.find((tp) => tp.id === id)?.label ?? null}
          claimOf={(id) => bundle.claims.find((c) => c.id === id) ?? null}
          onJump={props.onJump}
        />
        )}
        {page.state !== 'unavailable' && <QuickToggles lang={lang} settings={settings} site={page.site} onChange={props.onSettings} />}
        {subject && (
          <button type="button" class="sl-link" onClick={() => select('planner', true)}>
            {t(lang, 'toggle.planFromPage')}
          </button>
        )}
      </section>
      <section role="tabpanel" id="sl-panel-planner" aria-labelledby="sl-tab-planner" hidden={tab !== 'planner'} class="sl-panel">
        {page.state === 'unavailable' && <p class="sl-notice">{t(lang, 'summary.unavailable')}</p>}
        <TransferPlanner lang={lang} bundle={bundle} today={today} prefillFrom={subject} />
      </section>
      <section role="tabpanel" id="sl-panel-gap" aria-labelledby="sl-tab-gap" hidden={tab !== 'gap'} class="sl-panel">
        <GapHelperView lang={lang} bundle={bundle} thisMonth={today.slice(0, 7)} />
      </section>
    </main>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView, type PopupTab } from '../../components/popup/popup-view';
import type { PageState } from '../../components/popup/page-summary-view';
import { getBundle } from '../../lib/bundle/popup-data';
import { chinaToday } from '../../lib/calendar/china-today';
import type { GetSummaryReply, JumpToReply, MentionKind } from '../../lib/messaging/messages';
import { EMPTY_SUMMARY } from '../../lib/messaging/page-summary';
import { restrictionOf } from '../../lib/messaging/restricted-pages';
import { siteOfUrl } from '../../lib/settings/site-host';
import { send, sendToFrame } from '../../utils/messaging';
import { usePageSettings } from '../../utils/use-settings';

interface TabInfo {
  id: number | undefined;
  url: string | undefined;
}

/**
 * The tab the popup is about: the active tab of its window; `?tab=<id>` names one instead, for the
 * popup opened as a page (browser tests, keyboard users who open it in a tab).
 */
async function targetTab(): Promise<TabInfo> {
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(asked) && asked > 0) {
    const tab = await browser.tabs.get(asked).catch(() => undefined);
    return { id: tab?.id, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id, url: tab?.url };
}

async function readPage(tab: TabInfo): Promise<{ state: PageState; reply: GetSummaryReply | null }> {
  if (tab.id === undefined || (tab.url !== undefined && restrictionOf(tab.url))) return { state: 'unavailable', reply: null };
  const reply = await send('get-summary', { tabId: tab.id });
  if (!reply) return { state: 'not-scanned', reply: null };
  if (reply.contentScript === 'pdf') return { state: 'unavailable', reply };
  if (reply.contentScript === 'off' || reply.contentScript === 'unsupported') return { state: reply.contentScript, reply };
  if (reply.contentScript === 'absent' && !reply.summary) {
    // Without activeTab's grant (popup opened as a page) the URL is hidden: no script and no URL
    // means a page the lens cannot reach.
    return { state: tab.url ? 'not-scanned' : 'unavailable', reply };
  }
  // A running script that sent no summary found nothing (or the page is not Chinese).
  return { state: 'ok', reply: { ...reply, summary: reply.summary ?? EMPTY_SUMMARY } };
}

export function PopupApp() {
  const { read, lang, save } = usePageSettings();
  const [tab, setTab] = useState<TabInfo | null>(null);
  const [page, setPage] = useState<{ state: PageState; reply: GetSummaryReply | null } | null>(null);

  useEffect(() => {
    void targetTab().then(async (t) => {
      setTab(t);
      setPage(await readPage(t));
    });
  }, []);
  // Switching highlighting changes what the page reports; read it again shortly after.
  useEffect(() => {
    if (!tab || !read) return;
    const timer = setTimeout(() => void readPage(tab).then(setPage), 900);
    return () => clearTimeout(timer);
  }, [read?.settings.enabled, read?.settings.disabledSites.join(',')]);

  if (!read || !page || !tab) return <main class="sl-popup" aria-busy="true" />;

  const jump = async (kind: MentionKind, id: string): Promise<JumpToReply | null> => {
    if (tab.id === undefined) return null;
    const has = (f: GetSummaryReply['frames'][number]) =>
      kind === 'place' ? f.summary.places.some((p) => p.code === id) : kind === 'topic' ? f.summary.topics.some((p) => p.id === id) : f.summary.claims.some((c) => c.id === id);
    const frameId = page.reply?.frames.find(has)?.frameId ?? 0;
    return sendToFrame(tab.id, frameId, 'jump-to', { kind, id });
  };

  const initial = new URLSearchParams(location.search).get('view') as PopupTab | null;
  const site = siteOfUrl(tab.url ?? page.reply?.url ?? undefined);
  // The settings say at once what the content script will only report after its next scan.
  const offHere = page.state !== 'unavailable' && page.state !== 'unsupported' && (!read.settings.enabled || (site !== null && read.settings.disabledSites.includes(site)));
  return (
    <PopupView
      lang={lang}
      bundle={getBundle()}
      today={chinaToday()}
      settings={read.settings}
      settingsProblem={read.problem}
      page={{ state: offHere ? 'off' : page.state, summary: offHere ? null : (page.reply?.summary ?? null), site }}
      onJump={jump}
      onSettings={save}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      {...(initial && ['page', 'planner', 'gap'].includes(initial) ? { initialTab: initial } : {})}
    />
  );
}

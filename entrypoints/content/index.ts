import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { chinaToday } from '../../lib/calendar/china-today';
import { createDetector } from '../../lib/matcher/detector';
import { pageDetectorData } from '../../lib/bundle/content-data';
import { resolveLang } from '../../lib/i18n/resolve-lang';
import { isJumpTo } from '../../lib/messaging/guards';
import type { Reply, Request } from '../../lib/messaging/protocol';
import { EMPTY_SUMMARY } from '../../lib/messaging/page-summary';
import type { Settings } from '../../lib/settings/settings';
import { sendToBackground } from '../../utils/content-messaging';
import { loadSettings, watchSettings } from '../../utils/settings-store';
import { Annotator } from './reading/annotator';
import { CardHost, HOST_TAG } from './card/card-host';
import { CardModels } from './card/card-models';
import { pageToneAt } from './highlights/page-tone';
import type { PageHit } from './highlights/mention-index';
import { HoverController } from './card/hover-controller';
import { canHighlight } from './highlights/highlight-support';
import { pageDetector, type MentionKind } from './reading/page-detector';
import { whenChinese } from './reading/page-language';
import { summarize } from './reading/page-summary';

const isOwnUi = (el: Element) => el.localName === HOST_TAG;

function kindsOf(s: Settings): Set<MentionKind> {
  const kinds = new Set<MentionKind>();
  if (s.kinds.place) kinds.add('place');
  if (s.kinds.topic) kinds.add('topic');
  if (s.kinds.claim) kinds.add('claim');
  return kinds;
}

function activeHere(s: Settings): boolean {
  return s.enabled && !s.disabledSites.includes(location.hostname);
}

export default defineContentScript({
  matches: ['<all_urls>'],
  // Articles often sit in iframes, including about:blank/srcdoc ones written by the host page.
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  // WXT would otherwise post a message to the page's window on start: a page-visible side effect.
  noScriptStartedPostMessage: true,
  async main(ctx: ContentScriptContext) {
    const { settings, problem } = await loadSettings();
    const supported = canHighlight();
    // Chromium runs content scripts in the top frame of its PDF viewer, which holds only an <embed>.
    const pdf = document.contentType === 'application/pdf';
    const ready: Request<'content-ready'> = {
      type: 'content-ready',
      url: location.href,
      enabled: activeHere(settings),
      ...(supported ? {} : { highlightApi: false }),
      ...(pdf ? { pdf: true as const } : {}),
      ...(problem ? { settingsProblem: problem } : {}),
    };
    sendToBackground('content-ready', ready).catch(() => {
      // The background may be restarting after an update; the next page load reports again.
    });
    if (!supported || pdf) return;
    await whenChinese(document, ctx.signal);
    if (!ctx.isInvalid) new Lens(ctx, settings).run();
  },
});

/** Wires the annotator, card and hover behaviour to settings and messages for one frame. */
class Lens {
  private annotator: Annotator | undefined;
  private hover: HoverController | undefined;
  private card: CardHost | undefined;
  private subject: string | null = null;
  private summaryTimer: number | undefined;

  constructor(
    private readonly ctx: ContentScriptContext,
    private settings: Settings,
  ) {}

  run(): void {
    const unwatch = watchSettings(({ settings }) => this.apply(settings));
    this.ctx.onInvalidated(() => {
      unwatch();
      this.stop();
    });
    browser.runtime.onMessage.addListener((raw: unknown) => {
      if (!isJumpTo(raw) || !this.hover) return;
      const reply: Reply<'jump-to'> = this.hover.jumpTo(raw.kind, raw.id);
      return Promise.resolve(reply);
    });
    if (activeHere(this.settings)) this.start();
  }

  private apply(next: Settings): void {
    const was = activeHere(this.settings);
    this.settings = next;
    const now = activeHere(next);
    if (was && !now) this.stop();
    else if (!was && now) this.start();
    else if (now) this.annotator?.setKinds(kindsOf(next));
  }

  private start(): void {
    const detector = pageDetector(createDetector(pageDetectorData()));
    const headline = document.querySelector('h1')?.textContent ?? '';
    this.subject = detector.subject(document.title, headline)?.code ?? null;
    const annotator = new Annotator({
      detector,
      isOwnUi,
      kinds: kindsOf(this.settings),
      onChange: () => this.sendSummary(),
    });
    this.card ??= new CardHost(this.ctx, {
      // Today is part of the context, so a card cached before midnight is not shown the day after.
      context: () => ({ language: this.language(), subject: this.subject, today: chinaToday() }),
      models: new CardModels((message) => sendToBackground('card-model', message)),
      theme: (hit) => this.theme(hit),
      onClose: () => this.hover?.close(),
      onPin: () => this.hover?.pin(),
      onStep: (delta) => this.hover?.step(delta),
    });
    this.hover = new HoverController(this.ctx, annotator, this.card, {
      hoverDelayMs: () => this.settings.hoverDelayMs,
      trigger: () => this.settings.trigger,
      enabled: () => this.annotator === annotator,
    });
    this.annotator = annotator;
    annotator.start(document);
  }

  private stop(): void {
    this.hover?.close();
    this.annotator?.stop();
    this.annotator = undefined;
    this.hover = undefined;
    this.sendSummaryNow();
  }

  private language(): 'zh-CN' | 'en' {
    // The same choice as the popup's, so card and popup never disagree (fr-FR → zh-CN, the first language).
    return resolveLang(this.settings.language, navigator.languages ?? [navigator.language]);
  }

  private theme(hit: PageHit): 'light' | 'dark' {
    const t = this.settings.theme;
    if (t !== 'auto') return t;
    return pageToneAt(hit.range.startContainer) ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  }

  private sendSummary(): void {
    if (this.summaryTimer !== undefined) return;
    this.summaryTimer = this.ctx.setTimeout(() => {
      this.summaryTimer = undefined;
      this.sendSummaryNow();
    }, 500);
  }

  private sendSummaryNow(): void {
    const summary = this.annotator ? summarize(this.annotator.index, this.subject) : EMPTY_SUMMARY;
    sendToBackground('page-summary', { summary }).catch(() => {
      // No listener yet (background asleep or updating): the next change sends again.
    });
  }
}

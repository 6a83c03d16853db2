import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { chinaToday } from '../../lib/calendar/china-today';
import { loadDetector } from '../../lib/matcher/detector';
import { pageDetectorData } from '../../lib/bundle/content-data';
import { resolveLang } from '../../lib/i18n/resolve-lang';
import { CONTENT_REPLY_READERS, isJumpTo, isMarkAnyway } from '../../lib/messaging/guards';
import type { PageSummary } from '../../lib/messaging/messages';
import type { Reply, Request } from '../../lib/messaging/protocol';
import { EMPTY_SUMMARY } from '../../lib/messaging/page-summary';
import type { RelevanceVerdict } from '../../lib/relevance/page-relevance';
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
import { pageDetector, type MentionKind, type PageDetector, type PageMention } from './reading/page-detector';
import { otherEndAt } from './card/sentence-of-hit';
import { whenChinese } from './reading/page-language';
import { summarize } from './reading/page-summary';
import { judgePage } from './reading/relevance-sample';
import { withinBudget } from '../../lib/relevance/mention-budget';
import { isHeading, TopicSections } from './reading/topic-sections';

const isOwnUi = (el: Element) => el.localName === HOST_TAG;

function kindsOf(s: Settings): Set<MentionKind> {
  const kinds = new Set<MentionKind>();
  if (s.kinds.place) kinds.add('place');
  if (s.kinds.topic) kinds.add('topic');
  if (s.kinds.claim) kinds.add('claim');
  return kinds;
}

/** Marks this site's pages whatever they are about. */
const alwaysOnHere = (s: Settings): boolean => s.alwaysOnHosts.includes(location.hostname);

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
  /** Set while the page was judged not about social insurance and nothing is marked. */
  private quiet: RelevanceVerdict | undefined;
  /** The reader asked for this page to be marked anyway (from the popup). */
  private forced = false;
  /** The detector, built once per frame from the files the background sends; undefined = no data. */
  private detectorLoad: Promise<PageDetector | undefined> | undefined;
  private detector: PageDetector | undefined;
  /** Bumped by every start and stop, so a start still waiting for data gives way to a later change. */
  private generation = 0;

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
      if (isMarkAnyway(raw)) {
        this.forced = true;
        if (activeHere(this.settings) && !this.annotator) this.start();
        return Promise.resolve({ ok: true });
      }
      if (!isJumpTo(raw) || !this.hover) return;
      const reply: Reply<'jump-to'> = this.hover.jumpTo(raw.kind, raw.id);
      return Promise.resolve(reply);
    });
    if (activeHere(this.settings)) this.start();
  }

  private apply(next: Settings): void {
    const previous = this.settings;
    const was = activeHere(this.settings);
    this.settings = next;
    const now = activeHere(next);
    if (was && !now) this.stop();
    else if (!was && now) this.start();
    else if (now && !this.annotator && alwaysOnHere(next)) this.start();
    else if (now && this.annotator && was && next.everyMention !== previous.everyMention) {
      // Which mentions are drawn was decided as blocks were read: read the page again.
      this.stop();
      this.start();
    }
    else if (now) this.annotator?.setKinds(kindsOf(next));
  }

  /** The matcher's data comes from the background (lib/bundle/detector-files.ts), once per frame. */
  private loadDetector(): Promise<PageDetector | undefined> {
    this.detectorLoad ??= sendToBackground('detector-data', {}).then(
      (raw) => {
        const files = CONTENT_REPLY_READERS['detector-data'](raw);
        const detector = files && loadDetector(pageDetectorData(files));
        return detector && pageDetector(detector);
      },
      () => undefined,
    );
    return this.detectorLoad.then((d) => {
      // No usable answer (worker restarting after an update): ask again next time, never crash.
      if (!d) this.detectorLoad = undefined;
      return d;
    });
  }

  private start(): void {
    const generation = ++this.generation;
    void this.loadDetector().then((detector) => {
      if (detector && generation === this.generation && !this.annotator && !this.ctx.isInvalid) this.startWith(detector);
    });
  }

  private startWith(detector: PageDetector): void {
    this.detector = detector;
    this.quiet = this.forced || alwaysOnHere(this.settings) ? undefined : quietVerdict(judgePage(document, detector));
    if (this.quiet) {
      this.sendSummaryNow();
      return;
    }
    const headline = document.querySelector('h1')?.textContent ?? '';
    this.subject = detector.subject(document.title, headline)?.code ?? null;
    const sections = new TopicSections();
    const annotator = new Annotator({
      detector,
      isOwnUi,
      kinds: kindsOf(this.settings),
      onChange: () => this.sendSummary(),
      keep: (owner, mentions) => this.budget(sections, owner, mentions),
    });
    this.card ??= new CardHost(this.ctx, {
      // Today is part of the context, so a card cached before midnight is not shown the day after.
      context: (hit) => {
        const otherEnd = this.detector && hit.mention.kind === 'place' ? otherEndAt(hit, this.detector) : undefined;
        return { language: this.language(), subject: this.subject, today: chinaToday(), ...(otherEnd ? { otherEnd } : {}) };
      },
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

  /** The noise budget: places and claims always, a topic once per section and in headings. */
  private budget(sections: TopicSections, owner: Node, mentions: PageMention[]): PageMention[] {
    if (owner.nodeType !== Node.ELEMENT_NODE) return withinBudget(mentions, { heading: false, everyMention: this.settings.everyMention });
    const block = owner as Element;
    return withinBudget(mentions, { heading: isHeading(block), everyMention: this.settings.everyMention, mayMark: sections.mayMark(block) });
  }

  private stop(): void {
    this.generation++;
    this.hover?.close();
    this.annotator?.stop();
    this.annotator = undefined;
    this.hover = undefined;
    this.quiet = undefined;
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
    const summary: PageSummary = this.annotator ? summarize(this.annotator.index, this.subject) : { ...EMPTY_SUMMARY };
    if (this.quiet && !this.annotator) summary.quiet = { score: this.quiet.score, reasons: this.quiet.reasons };
    sendToBackground('page-summary', { summary }).catch(() => {
      // No listener yet (background asleep or updating): the next change sends again.
    });
  }
}

const quietVerdict = (v: RelevanceVerdict): RelevanceVerdict | undefined => (v.relevant ? undefined : v);

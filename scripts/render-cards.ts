/**
 * Dev aid, not part of npm test: renders each card with happy-dom to static HTML (with the card
 * styles) under test-output/cards/, then screenshots it in Debian Chromium, light and dark.
 *   npx tsx scripts/render-cards.ts [--open]   (--open unfolds every <details> for a full view)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { chromium } from 'playwright-core';
import { h, render } from 'preact';
import type { CardViewState } from '../components/card/card-view';
import type { CardContext, CardMention } from '../lib/cards/card-context';

const window = new Window();
Object.assign(globalThis, { window, document: window.document });

const { CardBody } = await import('../components/card/card-body');
const { CardView } = await import('../components/card/card-view');
const { CardFrame } = await import('../components/card/card-frame');
const { CARD_BODY_CSS } = await import('../components/card/card-styles');
const { CARD_CSS } = await import('../entrypoints/content/card/card-frame-styles');

const OUT = resolve('test-output/cards');
const open = process.argv.includes('--open');
const base: CardContext = { today: '2026-09-28', language: 'zh-CN', theme: 'auto' };
const place = (id: string, name: string): CardMention => ({ kind: 'place', id, name, text: name, region: { code: id } });

// What the content script's card shows before and instead of a model from the background.
const STATES: [string, CardViewState][] = [
  ['loading', { kind: 'loading' }],
  ['no-answer', { kind: 'failed', reason: '扩展的后台 3 秒内没有回应，请再悬停一次' }],
];

const CARDS: [string, CardMention, Partial<CardContext>][] = [
  ['jiujiang', place('360400', '九江'), {}],
  ['jiujiang-en', place('360400', '九江'), { language: 'en' }],
  ['jiujiang-2027', place('360400', '九江'), { today: '2027-03-01' }],
  ['guangdong', place('440000', '广东'), {}],
  ['shenzhen-intra', place('440300', '深圳'), { otherEnd: '440100' }],
  ['nanjing', place('320100', '南京'), {}],
  ['topic-gap', { kind: 'topic', id: 'gap-and-backpay', name: '断缴', text: '断缴' }, {}],
  ['claim-45', { kind: 'claim', id: 'stale-45-working-days', name: '45个工作日', text: '45个工作日' }, {}],
];

// The content script's real frame and styles; only its fixed positioning is undone for a static page.
const FRAME_CSS = `
body { margin: 0; padding: 16px; background: #8a8f98; }
@media (prefers-color-scheme: dark) { body { background: #0b0c0e; } }
.frame .card { position: static; max-height: none; }
`;
const noop = () => {};

mkdirSync(OUT, { recursive: true });
const files: string[] = [];
const jiujiang = place('360400', '九江');
const frames = [
  ...CARDS.map(([name, mention, over]) => {
    const context = { ...base, ...over };
    return [name, h(CardFrame, { mention, context, pinned: false, onClose: noop, onPin: noop, onStep: noop, children: h(CardBody, { mention, context }) })] as const;
  }),
  ...STATES.map(([name, card]) => {
    const children = h(CardView, { card, language: base.language, theme: 'auto' });
    return [name, h(CardFrame, { mention: jiujiang, context: base, pinned: false, busy: card.kind === 'loading', onClose: noop, onPin: noop, onStep: noop, children })] as const;
  }),
];
for (const [name, frame] of frames) {
  const host = window.document.createElement('div');
  render(frame, host as unknown as Element);
  let body = host.innerHTML;
  if (open) body = body.replaceAll('<details', '<details open');
  const html = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>${name}</title><style>${CARD_CSS}${CARD_BODY_CSS}${FRAME_CSS}</style><body><div class="frame">${body}</div></body></html>`;
  const file = `${OUT}/${name}${open ? '-open' : ''}.html`;
  writeFileSync(file, html);
  files.push(file);
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] });
for (const scheme of ['light', 'dark'] as const) {
  const page = await browser.newPage({ viewport: { width: 400, height: 800 }, colorScheme: scheme, deviceScaleFactor: 1 });
  for (const file of files) {
    await page.goto(`file://${file}`);
    // The host marks the frame dark from the resolved theme; mirror that for the dark screenshots.
    if (scheme === 'dark') await page.evaluate(() => document.querySelector('.card')?.classList.add('dark'));
    const frame = page.locator('.frame');
    const box = (await frame.boundingBox())!;
    // Tall (unfolded) cards are cut into 800 px parts so each image stays readable.
    const parts = Math.ceil(box.height / 800);
    for (let i = 0; i < parts; i++) {
      const clip = { x: box.x, y: box.y + i * 800, width: box.width, height: Math.min(800, box.height - i * 800) };
      const suffix = parts > 1 ? `-${scheme}-${i + 1}` : `-${scheme}`;
      await page.screenshot({ path: file.replace(/\.html$/, `${suffix}.png`), clip, fullPage: true });
    }
  }
  await page.close();
}
await browser.close();
console.log(`${files.length} cards × 2 themes → ${OUT}`);

import type { MentionKind } from './page-detector';

/** Highlight registry names; the page sees them in CSS.highlights, so they carry our prefix. */
export const HIGHLIGHT_NAMES: Record<MentionKind, string> = {
  place: 'shebao-place',
  topic: 'shebao-topic',
  'stale-claim': 'shebao-claim',
};

/** The mention a popup jump landed on, lit for a moment (entrypoints/content/flash.ts). */
export const FLASH_HIGHLIGHT = 'shebao-flash';

/*
 * ::highlight() rules only reach page text from the page's own style scope, so they go into
 * document.adoptedStyleSheets (and each open shadow root's): a constructed sheet adds no DOM node
 * and its selectors match nothing but our named highlights, so the page's look is otherwise untouched.
 * Mid-tone colours with alpha read on light and dark pages alike.
 */
export const HIGHLIGHT_CSS = `
::highlight(shebao-place) {
  text-decoration: underline dotted 2px rgb(232 119 0 / 0.95);
  text-underline-offset: 3px;
}
::highlight(shebao-topic) {
  background-color: rgb(64 145 255 / 0.2);
}
::highlight(shebao-flash) {
  background-color: rgb(255 200 0 / 0.85);
  color: #111;
}
::highlight(shebao-claim) {
  background-color: rgb(255 184 0 / 0.3);
  text-decoration: underline wavy 1.5px rgb(230 40 40 / 0.95);
  text-underline-offset: 3px;
}
`;

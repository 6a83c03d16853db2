import type { MentionKind } from '../reading/page-detector';

/** Highlight registry names; the page sees them in CSS.highlights, so they carry our prefix. */
export const HIGHLIGHT_NAMES: Record<MentionKind, string> = {
  place: 'shebao-place',
  topic: 'shebao-topic',
  'claim': 'shebao-claim',
};

/** The mention a popup jump landed on, lit for a moment (entrypoints/content/highlights/flash.ts). */
export const FLASH_HIGHLIGHT = 'shebao-flash';

/*
 * ::highlight() rules reach page text only from the text's own style scope. In the document they
 * come from the manifest (HIGHLIGHT_CSS_FILE, written by wxt.config.ts): the browser adds that sheet
 * before the page is parsed, so it costs no style recalc, and the page cannot see it. Open shadow
 * roots adopt the same rules as a constructed sheet (highlight-sheet.ts). The selectors match
 * nothing but our named highlights, so the page's look is otherwise untouched.
 * Mid-tone colours with alpha read on light and dark pages alike.
 */
export const HIGHLIGHT_CSS_FILE = 'content-scripts/highlights.css';

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

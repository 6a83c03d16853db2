import type { MentionKind } from '../reading/page-detector';

/** Highlight registry names; the page sees them in CSS.highlights, so they carry our prefix. */
export const HIGHLIGHT_NAMES: Record<MentionKind, string> = {
  place: 'shebao-place',
  topic: 'shebao-topic',
  'claim': 'shebao-claim',
};

/** The mention a popup jump landed on, lit for a moment (entrypoints/content/highlights/flash.ts). */
export const FLASH_HIGHLIGHT = 'shebao-flash';

/**
 * Marks follow the page: a block's computed background picks one of three palettes, so every mark's
 * line keeps at least 3:1 against what is under it (tests/unit/mark-contrast.test.ts samples light,
 * dark and coloured pages). Light backgrounds (luminance ≥ 0.4) get deep colours, dark ones (< 0.12)
 * bright ones, and the middle band, where no colour reaches 3:1 both ways, near-black lines.
 */
export type MarkTone = 'light' | 'mid' | 'dark';
export const MARK_TONES: readonly MarkTone[] = ['light', 'mid', 'dark'];

export function markToneFor(luminance: number): MarkTone {
  return luminance >= 0.4 ? 'light' : luminance >= 0.12 ? 'mid' : 'dark';
}

/** The light palette keeps the plain names (pages without a background of their own are light). */
export function highlightName(kind: MentionKind, tone: MarkTone): string {
  return tone === 'light' ? HIGHLIGHT_NAMES[kind] : `${HIGHLIGHT_NAMES[kind]}-${tone}`;
}

/** Each mark's line colour, per palette: dotted for places, solid for topics, wavy for claims. */
export const MARK_LINES: Record<MarkTone, Record<MentionKind, string>> = {
  light: { place: '#8a3f00', topic: '#1750a8', claim: '#a81a1a' },
  mid: { place: '#000000', topic: '#000000', claim: '#000000' },
  dark: { place: '#ffab52', topic: '#8cbcff', claim: '#ffa3a3' },
};

/** Tints under topics and claims: a second cue, not what the contrast rests on. */
const TINTS: Record<'topic' | 'claim', string> = { topic: 'rgb(64 145 255 / 0.2)', claim: 'rgb(255 184 0 / 0.3)' };

/*
 * ::highlight() rules reach page text only from the text's own style scope. In the document they
 * come from the manifest (HIGHLIGHT_CSS_FILE, written by wxt.config.ts): the browser adds that sheet
 * before the page is parsed, so it costs no style recalc, and the page cannot see it. Open shadow
 * roots adopt the same rules as a constructed sheet (highlight-sheet.ts). The selectors match
 * nothing but our named highlights, so the page's look is otherwise untouched.
 */
export const HIGHLIGHT_CSS_FILE = 'content-scripts/highlights.css';

function toneRules(tone: MarkTone): string {
  const line = MARK_LINES[tone];
  return `
::highlight(${highlightName('place', tone)}) {
  text-decoration: underline dotted 2px ${line.place};
  text-underline-offset: 3px;
}
::highlight(${highlightName('topic', tone)}) {
  background-color: ${TINTS.topic};
  text-decoration: underline solid 1.5px ${line.topic};
  text-underline-offset: 3px;
}
::highlight(${highlightName('claim', tone)}) {
  background-color: ${TINTS.claim};
  text-decoration: underline wavy 1.5px ${line.claim};
  text-underline-offset: 3px;
}`;
}

export const HIGHLIGHT_CSS = `${MARK_TONES.map(toneRules).join('')}
::highlight(shebao-flash) {
  background-color: rgb(255 200 0 / 0.85);
  color: #111;
}
`;

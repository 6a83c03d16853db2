/**
 * Styles for the card content, as a string for the card's shadow root (the host adds it next to its
 * frame styles). Colours are CSS variables so light and dark differ in one place; the dark set
 * applies when the frame is dark (.dark), when data-theme="dark", or with data-theme="auto" and a
 * dark system preference. Every text/background pair meets WCAG AA (4.5:1) — checked in
 * tests/unit/card-contrast.test.ts. System fonts only: nothing is fetched.
 */
const LIGHT = `
  --sl-bg: #ffffff; --sl-fg: #1f2328; --sl-muted: #57606a; --sl-line: #d8dee4; --sl-soft: #f6f8fa;
  --sl-accent: #0b5cad; --sl-local-bg: #fff5e6; --sl-local-line: #d9822b;
  --sl-warn-bg: #fff8c5; --sl-warn-fg: #5c3d00;
  --sl-official-bg: #dafbe1; --sl-official-fg: #0f5323;
  --sl-article-bg: #ddf4ff; --sl-article-fg: #0a3069;
  --sl-anecdote-bg: #fff1e0; --sl-anecdote-fg: #7a3e00;
  --sl-claim-bg: #ffebe9; --sl-claim-fg: #82071e;`;

const DARK = `
  --sl-bg: #1f2125; --sl-fg: #e8e8e8; --sl-muted: #a8b0ba; --sl-line: #3d424a; --sl-soft: #272a30;
  --sl-accent: #8cc2ff; --sl-local-bg: #33261a; --sl-local-line: #d9822b;
  --sl-warn-bg: #3b2f00; --sl-warn-fg: #f5d77a;
  --sl-official-bg: #143822; --sl-official-fg: #8ee6ae;
  --sl-article-bg: #0f2d4a; --sl-article-fg: #a6d1ff;
  --sl-anecdote-bg: #3d2600; --sl-anecdote-fg: #ffc07a;
  --sl-claim-bg: #4a1b1b; --sl-claim-fg: #ffb8b0;`;

export const THEME_COLORS = { light: LIGHT, dark: DARK };

export const CARD_BODY_CSS = `
.sl-body {${LIGHT}
  background: var(--sl-bg); color: var(--sl-fg);
  font: 13.5px/1.55 system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
  user-select: text; -webkit-user-select: text; overflow-wrap: anywhere;
}
@media (prefers-color-scheme: dark) { .sl-body[data-theme="auto"] {${DARK} } }
.sl-body[data-theme="dark"], .dark .sl-body {${DARK} }
.sl-body *, .sl-body *::before, .sl-body *::after { box-sizing: border-box; }
.sl-card { margin: 0; }
.sl-head { margin: 0 0 4px; display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 8px; }
.sl-title { margin: 0; font-size: 15px; font-weight: 650; line-height: 1.35; }
.sl-sub { margin: 0; color: var(--sl-muted); font-size: 13px; }
.sl-case { margin: 4px 0; padding: 3px 8px; border-radius: 6px; background: var(--sl-soft); }
.sl-label { font-weight: 600; }
.sl-label::after { content: "："; }
.sl-body[lang="en"] .sl-label::after { content: ": "; }
.sl-note { margin: 4px 0; color: var(--sl-muted); font-size: 12.5px; }
.sl-nolocal { color: var(--sl-fg); border-left: 3px solid var(--sl-line); padding-left: 8px; }
.sl-warn { color: var(--sl-warn-fg); background: var(--sl-warn-bg); padding: 4px 8px; border-radius: 6px; }
.sl-section { margin: 8px 0 0; }
.sl-h { margin: 0 0 3px; font-size: 13px; font-weight: 650; }
details.sl-section > summary { cursor: pointer; padding: 2px 0; list-style: none; }
details.sl-section > summary::-webkit-details-marker { display: none; }
details.sl-section > summary::before { content: "▸"; display: inline-block; width: 1em; color: var(--sl-muted); }
details.sl-section[open] > summary::before { content: "▾"; }
.sl-body summary:focus-visible { outline: 2px solid var(--sl-accent); outline-offset: 1px; border-radius: 4px; }
.sl-local { background: var(--sl-local-bg); border-left: 3px solid var(--sl-local-line); padding: 4px 8px; border-radius: 0 6px 6px 0; }
.sl-facts { margin: 0; padding: 0 0 0 1.1em; }
.sl-lead { margin: 4px 0; padding: 3px 8px; border-left: 3px solid var(--sl-accent); }
.sl-lead-caveat { border-left-color: var(--sl-local-line); }
.sl-lead .sl-facts { display: inline; padding: 0; list-style: none; }
.sl-lead .sl-facts > li { display: inline; }
.sl-facts > li { margin: 2px 0; }
.sl-facts + .sl-facts { margin-top: 4px; }
.sl-prefix { font-weight: 600; }
.sl-facts > li.sl-route { list-style: none; margin-left: -1.1em; }
.sl-count { display: inline-block; margin-left: 6px; padding: 0 6px; border-radius: 8px; background: var(--sl-soft); color: var(--sl-muted); font-size: 11.5px; line-height: 17px; }
.sl-steps > summary { cursor: pointer; }
.sl-steps > ol { margin: 2px 0 4px; padding-left: 1.4em; color: var(--sl-fg); font-size: 12.5px; }
.sl-badge {
  display: inline-block; padding: 0 5px; border-radius: 4px; font-size: 11.5px; line-height: 17px;
  white-space: nowrap; vertical-align: 1px;
}
.sl-badge-official { background: var(--sl-official-bg); color: var(--sl-official-fg); }
.sl-badge-article { background: var(--sl-article-bg); color: var(--sl-article-fg); }
.sl-badge-anecdote { background: var(--sl-anecdote-bg); color: var(--sl-anecdote-fg); }
.sl-refs { color: var(--sl-muted); font-size: 11.5px; white-space: nowrap; }
.sl-sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.sl-card-timeline { width: 100%; border-collapse: collapse; font-size: 12.5px; font-variant-numeric: tabular-nums; }
.sl-card-timeline th, .sl-card-timeline td { padding: 2px 4px; border-bottom: 1px solid var(--sl-line); text-align: left; vertical-align: top; }
.sl-card-timeline thead th { color: var(--sl-muted); font-weight: 600; font-size: 11.5px; }
.sl-card-timeline tbody th { font-weight: 500; }
.sl-card-timeline td { white-space: nowrap; width: 1%; }
.sl-limit { color: var(--sl-muted); font-weight: 400; white-space: nowrap; }
.sl-basis { margin: 2px 0 0; font-size: 12px; }
.sl-basis > summary { cursor: pointer; list-style: none; color: var(--sl-muted); }
.sl-basis > summary::-webkit-details-marker { display: none; }
.sl-basis > summary::before { content: "▸"; display: inline-block; width: 1em; }
.sl-basis[open] > summary::before { content: "▾"; }
.sl-basis .sl-facts { margin: 2px 0 0; }
.sl-from { display: block; color: var(--sl-muted); font-size: 11.5px; font-weight: 400; }
.sl-wd { color: var(--sl-muted); }
.sl-outside td:nth-child(2)::after { content: " *"; color: var(--sl-warn-fg); }
.sl-srcs { margin: 0; padding-left: 1.6em; font-size: 12px; }
.sl-srcs > li { margin: 2px 0; }
.sl-src-kind, .sl-src-tag { color: var(--sl-muted); }
.sl-src-detail { display: block; color: var(--sl-muted); }
.sl-claim .sl-title { color: var(--sl-claim-fg); background: var(--sl-claim-bg); display: inline-block; padding: 1px 8px; border-radius: 6px; font-size: 14px; }
.sl-claim-dl { margin: 6px 0; }
.sl-claim-dl dt { font-weight: 650; margin-top: 6px; }
.sl-claim-dl dd { margin: 2px 0 0; }
.sl-page-text { text-decoration: line-through; text-decoration-color: var(--sl-claim-fg); }
.sl-means { color: var(--sl-muted); }
.sl-since { font-weight: 400; color: var(--sl-muted); }
.sl-holds { padding: 4px 8px; border-radius: 6px; background: var(--sl-official-bg); color: var(--sl-official-fg); }
.sl-body .sl-sources { font-size: 12px; }
.sl-body .sl-sources ul { margin: 0; padding-left: 1.1em; }
.sl-body .sl-sources blockquote { margin: 2px 0 4px; padding-left: 8px; border-left: 2px solid var(--sl-line); color: var(--sl-muted); }
.sl-body .sl-source-kind { color: var(--sl-muted); }
`;

/**
 * The card's own styles, living only inside its shadow root. Kept as a string (not an imported .css
 * file) so nothing is added to the page's stylesheets through the manifest.
 */
export const CARD_CSS = `
.layer { position: fixed; inset: auto; left: 0; top: 0; z-index: 2147483647; }
.card {
  position: fixed; box-sizing: border-box; width: 360px; max-width: calc(100vw - 16px);
  overflow: auto; padding: 12px 14px 10px; border-radius: 10px;
  font: 14px/1.55 system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
  text-align: left; letter-spacing: normal; white-space: normal; direction: ltr;
  user-select: text; -webkit-user-select: text; cursor: auto;
  background: #ffffff; color: #1f2328; border: 1px solid #d0d7de;
  box-shadow: 0 8px 28px rgb(0 0 0 / 0.18);
}
.card.dark { background: #1f2125; color: #e8e8e8; border-color: #3d424a; box-shadow: 0 8px 28px rgb(0 0 0 / 0.55); }
.card:focus { outline: 2px solid #1a73e8; outline-offset: 2px; }
/* The title and the close button stay in reach while a long card is scrolled. One compact line, so
   the card's first screen goes to the answer (the body's own heading names the place in full). */
.card-head {
  display: flex; align-items: center; gap: 6px; margin: -12px -14px 2px; padding: 6px 10px 2px 14px;
  position: sticky; top: -12px; z-index: 1; background: inherit; border-radius: 10px 10px 0 0;
  line-height: 24px;
}
.card-title { margin: 0; font-size: 15px; font-weight: 650; flex: 0 1 auto; line-height: 24px; }
.card-kind { font-size: 11.5px; line-height: 17px; padding: 0 7px; border-radius: 999px; background: #eef3fb; color: #1a4f9c; }
.dark .card-kind { background: #22324a; color: #a9c8f5; }
.kind-place .card-kind { background: #fff1e0; color: #8a4300; }
.dark.kind-place .card-kind { background: #4a3118; color: #ffc989; }
.kind-claim .card-kind { background: #fde8e8; color: #a51d1d; }
.dark.kind-claim .card-kind { background: #4d2020; color: #ffb3b3; }
.card-pinned { font-size: 12px; color: #57606a; }
.dark .card-pinned { color: #a0a7b0; }
.card-pin, .card-close {
  margin-left: auto; border: 0; background: transparent; color: inherit; font: inherit; cursor: pointer;
  border-radius: 6px; padding: 0 6px; line-height: 24px; min-width: 24px;
}
.card-pin + .card-close, .card-pinned + .card-close { margin-left: 0; }
.card-pinned { margin-left: auto; }
.card-close { font-size: 20px; }
.card-pin:hover, .card-close:hover { background: rgb(127 127 127 / 0.18); }
.card-pin:focus-visible, .card-close:focus-visible { outline: 2px solid #1a73e8; }
.card-foot { display: flex; justify-content: space-between; gap: 8px; margin-top: 8px; font-size: 12px; color: #57606a; }
.dark .card-foot { color: #a0a7b0; }
.facts { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 0; }
.facts dt { color: #57606a; }
.dark .facts dt { color: #a0a7b0; }
.facts dd { margin: 0; }
`;

/**
 * Whether this document can draw our highlights. Firefox before 140 (or with
 * dom.customHighlightAPI.enabled off) has neither `Highlight` nor `CSS.highlights`; the lens must then
 * leave the page alone rather than throw on its first `new Highlight()`.
 */
export function canHighlight(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && typeof CSS.highlights?.set === 'function';
}

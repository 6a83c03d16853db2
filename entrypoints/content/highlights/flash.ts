import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { FLASH_HIGHLIGHT } from './highlight-styles';

/** How long a jumped-to mention stays lit: long enough to find on a scrolled page, short enough not to linger. */
const FLASH_MS = 1600;

/**
 * Lights one mention after a jump from the popup, so the eye finds it among the other highlights.
 * Its own highlight above ours; removed after a moment unless a later jump replaced it.
 */
export function flashRange(ctx: ContentScriptContext, range: StaticRange): void {
  const flash = new Highlight(range);
  flash.priority = 1;
  CSS.highlights.set(FLASH_HIGHLIGHT, flash);
  ctx.setTimeout(() => {
    if (CSS.highlights.get(FLASH_HIGHLIGHT) === flash) CSS.highlights.delete(FLASH_HIGHLIGHT);
  }, FLASH_MS);
}

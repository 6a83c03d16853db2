/**
 * Where the hover card goes: never over the word it explains (the word's boxes are reserved as
 * clearance), below it by preference, above when below is short, beside it when neither fits, and
 * always inside the viewport. Pure so it can be tested without layout.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export type Side = 'below' | 'above' | 'right' | 'left';

export interface Placement {
  left: number;
  top: number;
  side: Side;
  /** Set when the card must scroll to fit: the room left on the chosen side. */
  maxHeight?: number;
  /** Set when the viewport is narrower than the card. */
  maxWidth?: number;
}

export interface PlacementOptions {
  /** Space between the word and the card. */
  gap?: number;
  /** Space kept free at the viewport's edges. */
  margin?: number;
}

/** The union of a word's boxes; a word broken over two lines reserves both lines. */
export function clearanceOf(boxes: readonly Box[]): Box | undefined {
  const usable = boxes.filter((b) => b.right > b.left || b.bottom > b.top);
  if (usable.length === 0) return undefined;
  return usable.reduce((a, b) => ({
    left: Math.min(a.left, b.left),
    top: Math.min(a.top, b.top),
    right: Math.max(a.right, b.right),
    bottom: Math.max(a.bottom, b.bottom),
  }));
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

export function placeCard(word: Box, card: Size, viewport: Size, options: PlacementOptions = {}): Placement {
  const gap = options.gap ?? 6;
  const margin = options.margin ?? 8;
  const usableWidth = Math.max(0, viewport.width - 2 * margin);
  const width = Math.min(card.width, usableWidth);
  const maxWidth = card.width > usableWidth ? usableWidth : undefined;
  const across = clamp(word.left, margin, viewport.width - margin - width);

  const roomBelow = viewport.height - margin - (word.bottom + gap);
  const roomAbove = word.top - gap - margin;
  if (card.height <= roomBelow) return withWidth({ left: across, top: word.bottom + gap, side: 'below' }, maxWidth);
  if (card.height <= roomAbove) {
    return withWidth({ left: across, top: word.top - gap - card.height, side: 'above' }, maxWidth);
  }

  const roomRight = viewport.width - margin - (word.right + gap);
  const roomLeft = word.left - gap - margin;
  const down = clamp(word.top, margin, viewport.height - margin - card.height);
  const fitsHeight = card.height <= viewport.height - 2 * margin;
  if (fitsHeight && card.width <= roomRight) return { left: word.right + gap, top: down, side: 'right' };
  if (fitsHeight && card.width <= roomLeft) return { left: word.left - gap - card.width, top: down, side: 'left' };

  // Nothing fits whole: take the taller side above or below and let the card scroll.
  if (roomBelow >= roomAbove) {
    return withWidth({ left: across, top: word.bottom + gap, side: 'below', maxHeight: Math.max(0, roomBelow) }, maxWidth);
  }
  const height = Math.max(0, roomAbove);
  return withWidth({ left: across, top: word.top - gap - height, side: 'above', maxHeight: height }, maxWidth);
}

function withWidth(placement: Placement, maxWidth: number | undefined): Placement {
  return maxWidth === undefined ? placement : { ...placement, maxWidth };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

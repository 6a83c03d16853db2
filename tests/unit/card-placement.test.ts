import { describe, expect, it } from 'vitest';
import { clearanceOf, overlaps, placeCard, type Box, type Placement, type Size } from '../../lib/cards/card-placement';

const viewport: Size = { width: 1000, height: 800 };
const card: Size = { width: 320, height: 240 };

function cardBox(p: Placement, size: Size = card): Box {
  const width = p.maxWidth ?? size.width;
  const height = p.maxHeight ?? size.height;
  return { left: p.left, top: p.top, right: p.left + width, bottom: p.top + height };
}

function inside(box: Box, view: Size): boolean {
  return box.left >= 0 && box.top >= 0 && box.right <= view.width && box.bottom <= view.height;
}

describe('placeCard', () => {
  it('puts the card below the word, aligned with its start', () => {
    const word = { left: 100, top: 100, right: 140, bottom: 120 };
    const p = placeCard(word, card, viewport);
    expect(p.side).toBe('below');
    expect(p.left).toBe(100);
    expect(p.top).toBeGreaterThanOrEqual(120);
    expect(overlaps(cardBox(p), word)).toBe(false);
  });

  it('flips above near the bottom edge', () => {
    const word = { left: 100, top: 700, right: 140, bottom: 720 };
    const p = placeCard(word, card, viewport);
    expect(p.side).toBe('above');
    expect(cardBox(p).bottom).toBeLessThanOrEqual(700);
    expect(inside(cardBox(p), viewport)).toBe(true);
  });

  it('shifts left at the right edge without covering the word', () => {
    const word = { left: 960, top: 100, right: 990, bottom: 120 };
    const p = placeCard(word, card, viewport);
    expect(inside(cardBox(p), viewport)).toBe(true);
    expect(overlaps(cardBox(p), word)).toBe(false);
  });

  it('goes beside the word when neither above nor below has room', () => {
    const short: Size = { width: 1000, height: 300 };
    const word = { left: 100, top: 140, right: 140, bottom: 160 };
    const p = placeCard(word, { width: 320, height: 250 }, short);
    expect(p.side).toBe('right');
    expect(overlaps(cardBox(p, { width: 320, height: 250 }), word)).toBe(false);
    expect(inside(cardBox(p, { width: 320, height: 250 }), short)).toBe(true);
  });

  it('scrolls the card on the taller side when nothing fits', () => {
    const tiny: Size = { width: 340, height: 300 };
    const word = { left: 10, top: 100, right: 330, bottom: 120 };
    const p = placeCard(word, { width: 320, height: 400 }, tiny);
    expect(p.maxHeight).toBeGreaterThan(0);
    expect(p.side).toBe('below');
    const box = cardBox(p);
    expect(overlaps(box, word)).toBe(false);
    expect(box.bottom).toBeLessThanOrEqual(tiny.height);
  });

  it('narrows the card to a narrow viewport', () => {
    const narrow: Size = { width: 200, height: 800 };
    const p = placeCard({ left: 20, top: 20, right: 60, bottom: 40 }, card, narrow);
    expect(p.maxWidth).toBe(184);
    expect(inside(cardBox(p), narrow)).toBe(true);
  });

  it('never covers the word anywhere on the screen', () => {
    for (let x = 0; x < 1000; x += 97) {
      for (let y = 0; y < 780; y += 61) {
        const word = { left: x, top: y, right: Math.min(x + 48, 1000), bottom: y + 20 };
        const p = placeCard(word, card, viewport);
        expect(overlaps(cardBox(p), word), `word at ${x},${y}`).toBe(false);
        expect(inside(cardBox(p), viewport), `word at ${x},${y}`).toBe(true);
      }
    }
  });
});

describe('clearanceOf', () => {
  it('joins the boxes of a word broken across lines', () => {
    const c = clearanceOf([
      { left: 900, top: 100, right: 980, bottom: 120 },
      { left: 10, top: 124, right: 40, bottom: 144 },
    ]);
    expect(c).toEqual({ left: 10, top: 100, right: 980, bottom: 144 });
  });

  it('ignores empty boxes and returns nothing when all are empty', () => {
    expect(clearanceOf([{ left: 5, top: 5, right: 5, bottom: 5 }])).toBeUndefined();
  });
});

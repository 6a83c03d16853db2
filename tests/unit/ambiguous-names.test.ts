/**
 * Every name the data marks as needing context, both ways, generated from the data itself: with its
 * province (or prefecture) before it the name is that place; inside each ordinary word that contains
 * it, even in a sentence about insurance, it is not.
 */
import { describe, expect, it } from 'vitest';
import placeWords from '../../data/place-words.generated.json';
import { bundledData, bundledDetector } from '../../lib/bundle/validated-detector';
import { contextNeed } from '../../lib/matcher/place-rules';

const data = bundledData();
const detector = bundledDetector();
const byCode = new Map(data.regions.map((r) => [r.code, r]));
const shortName = (code: string) => byCode.get(code)!.names.find((n) => n.form === 'short')?.text ?? byCode.get(code)!.name;

const needy = data.regions.flatMap((r) =>
  r.names.filter((n) => contextNeed(n) !== 'none').map((n) => ({ region: r, text: n.text })),
);
const placeCodes = (text: string) => detector.scan(text).mentions.filter((m) => m.kind === 'place').map((m) => m.id);

describe('names that need context', () => {
  it('come from the data', () => {
    expect(needy.length).toBeGreaterThanOrEqual(50);
    expect(placeWords.names.length).toBe(new Set(needy.map((n) => n.text)).size);
  });

  it.each(needy.map((n) => [n.text, n.region.name, n.region] as const))('%s (%s) counts after its own province', (text, _name, region) => {
    // A county-level city after its prefecture (甘南合作), unless both share the name (大理州大理市).
    const parent = region.level === 'county-city' && region.parent !== region.province ? region.parent! : undefined;
    const before = parent && shortName(parent) !== text ? parent : region.province;
    const sentence = `${shortName(before)}${text}的参保人怎么办理转移？`;
    // A shared name (大理: 大理州 and 大理市) resolves to one of the places that bear it.
    const bearers = data.regions.filter((r) => r.names.some((n) => n.text === text)).map((r) => r.code);
    expect(placeCodes(sentence).filter((c) => bearers.includes(c))).toHaveLength(1);
  });

  it.each(needy.map((n) => [n.text, n.region.name, n.region] as const))('%s (%s) does not count on its own in plain prose', (text, _name, region) => {
    expect(placeCodes(`他说起${text}这两个字时笑了。`)).not.toContain(region.code);
  });

  it('is never a place inside an ordinary word that contains it, even next to 医保', () => {
    const wrong: string[] = [];
    for (const word of placeWords.words) {
      const inside = needy.filter((n) => word.includes(n.text)).map((n) => n.region.code);
      const found = placeCodes(`关于${word}，医保部门没有说法。`);
      if (found.some((c) => inside.includes(c))) wrong.push(word);
    }
    expect(wrong).toEqual([]);
  });
});

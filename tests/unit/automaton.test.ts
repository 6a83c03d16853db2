import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../lib/matcher/automaton';
import { leftmostLongest } from '../../lib/matcher/triples';

/** Every occurrence by brute force, as sorted "start:end:id" strings. */
function bruteForce(patterns: string[], text: string): string[] {
  const out: string[] = [];
  patterns.forEach((p, id) => {
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) out.push(`${i}:${i + p.length}:${id}`);
  });
  return out.sort();
}

function viaAutomaton(patterns: string[], text: string): string[] {
  const flat = buildAutomaton(patterns).findAll(text);
  const out: string[] = [];
  for (let i = 0; i < flat.length; i += 3) out.push(`${flat[i]}:${flat[i + 1]}:${flat[i + 2]}`);
  return out.sort();
}

describe('automaton', () => {
  it('finds overlapping and nested names', () => {
    const patterns = ['陕西', '西安', '安康', '安康市', '康'];
    expect(viaAutomaton(patterns, '陕西安康市医保')).toEqual(bruteForce(patterns, '陕西安康市医保'));
    expect(viaAutomaton(patterns, '陕西安康市医保')).toHaveLength(5);
  });

  it('agrees with brute force on random text over a small alphabet', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const alphabet = '江西九山东青岛中';
    const word = (len: number) => Array.from({ length: len }, () => alphabet[rand(alphabet.length)]).join('');
    for (let round = 0; round < 50; round++) {
      const patterns = Array.from({ length: 12 }, () => word(1 + rand(4)));
      const text = word(300);
      expect(viaAutomaton(patterns, text)).toEqual(bruteForce(patterns, text));
    }
  });

  it('handles surrogate pairs as two code units', () => {
    expect(viaAutomaton(['𠀾山'], 'a𠀾山b')).toEqual(['1:4:0']);
  });
});

describe('leftmost-longest', () => {
  it('keeps the leftmost match, the longest of those, and drops overlaps', () => {
    // 陕西安康: 陕西[0,2] 西安[1,3] 安康[2,4] → 陕西 + 安康
    expect([...leftmostLongest([1, 3, 1, 0, 2, 0, 2, 4, 2])]).toEqual([0, 2, 0, 2, 4, 2]);
    // 三明 vs 三明治 at the same start → 三明治
    expect([...leftmostLongest([0, 2, 0, 0, 3, 1])]).toEqual([0, 3, 1]);
  });
});

